package org.harbormaster.formats.csv;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.Parsed;
import org.harbormaster.identity.SizeType;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.money.Budget;
import org.harbormaster.money.CostCategory;
import org.harbormaster.money.CostLine;
import org.harbormaster.money.Money;
import org.harbormaster.shipment.Container;
import org.harbormaster.shipment.Direction;
import org.harbormaster.shipment.PlanTemplate;

/**
 * How the import CSV writes the values the identity types do not cover: dates and times, numbers with a
 * decimal point, and the multi-value cells (containers, hubs, cost lines). Every parser takes a stripped,
 * non-blank cell and returns what is wrong instead of throwing.
 */
final class CellFormats {

    private static final String ISO_DATE_TIME_HINT = "write it as ISO 2026-12-01 14:00 (local time at the port), "
            + "2026-12-01T14:00+08:00, or a date alone, 2026-12-01 (meaning 12:00)";

    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})"
            + "(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?\\s*([Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern SLASHED_DATE = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{2}|\\d{4})(?:\\D.*)?");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}(?:\\.\\d{1,6})?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d{1,12},\\d{1,6}");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*;\\s*");
    private static final Pattern SPACES_OR_SEMICOLONS = Pattern.compile("[\\s;]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern IATA_AIRLINE = Pattern.compile("[A-Z0-9]{2}");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final LocalTime NOON = LocalTime.NOON;

    private CellFormats() {
    }

    static Parsed<PlanTemplate> template(String cell) {
        String name = cell.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (PlanTemplate template : PlanTemplate.values()) {
            if (template.name().equals(name)) {
                return Parsed.valid(template);
            }
        }
        return Parsed.invalid(cell, "unknown template: use one of " + names(PlanTemplate.values()));
    }

    static Parsed<Direction> direction(String cell) {
        String name = cell.toUpperCase(Locale.ROOT);
        for (Direction direction : Direction.values()) {
            if (direction.name().equals(name)) {
                return Parsed.valid(direction);
            }
        }
        return Parsed.invalid(cell, "must be IMPORT or EXPORT");
    }

    /** An ISO date-time, with or without an offset, or an ISO date meaning noon. */
    static Parsed<StatedTime> dateTime(String cell) {
        Matcher matcher = DATE_TIME.matcher(cell);
        if (!matcher.matches()) {
            return Parsed.invalid(cell, notIso(cell, ISO_DATE_TIME_HINT));
        }
        try {
            LocalDate date = LocalDate.of(number(matcher, 1), number(matcher, 2), number(matcher, 3));
            LocalTime time = matcher.group(4) == null ? NOON : LocalTime.of(number(matcher, 4), number(matcher, 5),
                    number(matcher, 6), nanos(matcher.group(7)));
            ZoneOffset offset = matcher.group(8) == null ? null : ZoneOffset.of(matcher.group(8).toUpperCase(Locale.ROOT));
            return Parsed.valid(new StatedTime(date.atTime(time), offset));
        } catch (DateTimeException e) {
            return Parsed.invalid(cell, "is not a real date and time: " + ISO_DATE_TIME_HINT);
        }
    }

    static Parsed<LocalDate> date(String cell) {
        Matcher matcher = DATE.matcher(cell);
        if (!matcher.matches()) {
            return Parsed.invalid(cell, notIso(cell, "write it as an ISO date, e.g. 2026-12-22"));
        }
        try {
            return Parsed.valid(LocalDate.of(number(matcher, 1), number(matcher, 2), number(matcher, 3)));
        } catch (DateTimeException e) {
            return Parsed.invalid(cell, "is not a real date (year-month-day)");
        }
    }

    static Parsed<Integer> positiveWholeNumber(String cell) {
        if (!WHOLE_NUMBER.matcher(cell).matches()) {
            return Parsed.invalid(cell, "must be a whole number, e.g. 12");
        }
        int number = Integer.parseInt(cell);
        return number > 0 ? Parsed.valid(number) : Parsed.invalid(cell, "must be more than 0");
    }

    static Parsed<BigDecimal> positiveDecimal(String cell) {
        Parsed<BigDecimal> number = decimal(cell);
        if (number.value().filter(value -> value.signum() <= 0).isPresent()) {
            return Parsed.invalid(cell, "must be more than 0");
        }
        return number;
    }

    /** Non-blank items of a ';'-separated cell. */
    static List<String> items(String cell) {
        return Arrays.stream(ITEM_SEPARATOR.split(cell)).filter(item -> !item.isBlank()).toList();
    }

    static Parsed<List<UnLocode>> locodes(String cell, Function<String, Parsed<UnLocode>> parser) {
        List<String> codes = Arrays.stream(SPACES_OR_SEMICOLONS.split(cell)).filter(code -> !code.isEmpty()).toList();
        return all(cell, codes, parser);
    }

    /** Containers as {@code NUMBER SIZE-TYPE} items; the number may carry its own spaces. */
    static Parsed<List<Container>> containers(String cell) {
        Parsed<List<Container>> containers = all(cell, items(cell), CellFormats::container);
        if (containers.isValid()) {
            Set<ContainerNumber> seen = new HashSet<>();
            for (Container container : containers.value().orElseThrow()) {
                if (!seen.add(container.number())) {
                    return Parsed.invalid(cell, "container " + container.number() + " is listed twice");
                }
            }
        }
        return containers;
    }

    static Parsed<String> airlineCode(String cell) {
        String code = cell.toUpperCase(Locale.ROOT);
        return IATA_AIRLINE.matcher(code).matches() ? Parsed.valid(code)
                : Parsed.invalid(cell, "an airline is named by its 2-character IATA code, e.g. LH");
    }

    static Parsed<Budget> budget(String cell) {
        return all(cell, items(cell), CellFormats::costLine).map(Budget::new);
    }

    private static Parsed<Container> container(String item) {
        String[] parts = SPACES.split(item);
        if (parts.length < 2) {
            return Parsed.invalid(item, "needs the ISO size-type after the number, e.g. 'CSQU3054383 42G1'");
        }
        String sizeTypeText = parts[parts.length - 1];
        String numberText = String.join("", Arrays.copyOf(parts, parts.length - 1));
        Parsed<ContainerNumber> number = ContainerNumber.parse(numberText);
        Parsed<SizeType> sizeType = SizeType.parse(sizeTypeText);
        if (!number.isValid() && !sizeType.isValid() && parts.length == 2) {
            Parsed<ContainerNumber> swappedNumber = ContainerNumber.parse(parts[1]);
            Parsed<SizeType> swappedSizeType = SizeType.parse(parts[0]);
            if (swappedNumber.isValid() && swappedSizeType.isValid()) {
                number = swappedNumber;
                sizeType = swappedSizeType;
            }
        }
        List<String> reasons = new ArrayList<>();
        number.problem().ifPresent(reasons::add);
        sizeType.problem().ifPresent(reasons::add);
        if (!reasons.isEmpty()) {
            return Parsed.invalid(item, String.join(", ", reasons));
        }
        return Parsed.valid(new Container(number.orElseThrow(), sizeType.orElseThrow()));
    }

    private static Parsed<CostLine> costLine(String item) {
        String[] parts = SPACES.split(item);
        if (parts.length != 3) {
            return Parsed.invalid(item, "a cost line is 'CATEGORY amount CURRENCY', e.g. 'DRAYAGE 650.00 USD'");
        }
        List<String> reasons = new ArrayList<>();
        CostCategory category = costCategory(parts[0], reasons);
        Parsed<BigDecimal> amount = decimal(parts[1]);
        if (parts[1].startsWith("-")) {
            reasons.add("a budget line cannot be negative");
        } else {
            amount.problem().ifPresent(reason -> reasons.add("amount '" + parts[1] + "': " + reason));
        }
        Currency currency = currency(parts[2], reasons);
        if (!reasons.isEmpty()) {
            return Parsed.invalid(item, String.join(", ", reasons));
        }
        return Parsed.valid(new CostLine(category, null, new Money(amount.orElseThrow(), currency)));
    }

    private static CostCategory costCategory(String text, List<String> reasons) {
        String name = text.toUpperCase(Locale.ROOT).replace('-', '_');
        for (CostCategory category : CostCategory.values()) {
            if (category.name().equals(name)) {
                return category;
            }
        }
        reasons.add("unknown cost category '" + text + "' (use one of " + names(CostCategory.values()) + ")");
        return null;
    }

    private static Currency currency(String text, List<String> reasons) {
        String code = text.toUpperCase(Locale.ROOT);
        if (CURRENCY_CODE.matcher(code).matches()) {
            try {
                return Currency.getInstance(code);
            } catch (IllegalArgumentException unknown) {
                // reported below
            }
        }
        reasons.add("'" + text + "' is not an ISO 4217 currency code such as USD or EUR");
        return null;
    }

    private static Parsed<BigDecimal> decimal(String cell) {
        if (DECIMAL.matcher(cell).matches()) {
            return Parsed.valid(new BigDecimal(cell));
        }
        if (DECIMAL_COMMA.matcher(cell).matches()) {
            return Parsed.invalid(cell, "use '.' as the decimal point, e.g. " + cell.replace(',', '.'));
        }
        return Parsed.invalid(cell, "must be a number with '.' as the decimal point and no thousands separator, e.g. 860.5");
    }

    /** Every item parsed, or the reasons of all the items that were not, each named by its text. */
    private static <T> Parsed<List<T>> all(String cell, List<String> items, Function<String, Parsed<T>> parser) {
        List<T> values = new ArrayList<>(items.size());
        List<String> reasons = new ArrayList<>();
        for (String item : items) {
            Parsed<T> parsed = parser.apply(item);
            parsed.value().ifPresent(values::add);
            parsed.problem().ifPresent(reason -> reasons.add(items.size() == 1 ? reason : "'" + item + "': " + reason));
        }
        return reasons.isEmpty() ? Parsed.valid(values) : Parsed.invalid(cell, String.join("; ", reasons));
    }

    /** Why a cell is not ISO; a day and month in either order get their own explanation. */
    private static String notIso(String cell, String hint) {
        Matcher slashed = SLASHED_DATE.matcher(cell);
        if (!slashed.matches()) {
            return "is not an ISO date: " + hint;
        }
        int first = Integer.parseInt(slashed.group(1));
        int second = Integer.parseInt(slashed.group(2));
        String year = slashed.group(3).length() == 2 ? "20" + slashed.group(3) : slashed.group(3);
        if (first <= 12 && second <= 12 && first != second) {
            return "is ambiguous (day/month or month/day?): use ISO year-month-day, "
                    + iso(year, second, first) + " for day " + first + " of month " + second + ", or "
                    + iso(year, first, second) + " for day " + second + " of month " + first;
        }
        boolean monthFirst = second > 12;
        return "is not an ISO date: use year-month-day, "
                + (monthFirst ? iso(year, first, second) : iso(year, second, first));
    }

    /** The group's digits as a number; 0 when the optional group is absent. */
    private static int number(Matcher matcher, int group) {
        String digits = matcher.group(group);
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static int nanos(String fraction) {
        return fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
    }

    private static String iso(String year, int month, int day) {
        return String.format(Locale.ROOT, "%s-%02d-%02d", year, month, day);
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
