package org.harbormaster.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An ISO 6346 size-type code such as {@code 22G1} (20 ft, 8 ft 6 in high, general purpose) or
 * {@code 45R1} (40 ft high-cube reefer): a length code, a height/width code and a two-character type code
 * whose first character is the type group. Only codes in the ISO 6346 tables are accepted.
 */
public record SizeType(String code) {

    public SizeType {
        code = normalize(code);
        String problem = problemWith(code);
        if (problem != null) {
            throw new InvalidValueException(code, problem);
        }
    }

    public static Parsed<SizeType> parse(String text) {
        String candidate = normalize(text);
        String problem = problemWith(candidate);
        return problem == null ? Parsed.valid(new SizeType(candidate)) : Parsed.invalid(text, problem);
    }

    public static SizeType of(String text) {
        return parse(text).orElseThrow();
    }

    public char lengthCode() {
        return code.charAt(0);
    }

    public char heightWidthCode() {
        return code.charAt(1);
    }

    public String typeCode() {
        return code.substring(2);
    }

    public char typeGroup() {
        return code.charAt(2);
    }

    public int lengthMillimetres() {
        return millimetres(table().length(lengthCode()));
    }

    /** The nominal length in feet: 10, 20, 30, 40 and 45 for the usual codes, else the length rounded. */
    public int lengthFeet() {
        return switch (lengthCode()) {
            case '1' -> 10;
            case '2' -> 20;
            case '3' -> 30;
            case '4' -> 40;
            case 'L' -> 45;
            default -> (int) Math.round(lengthMillimetres() / 304.8);
        };
    }

    /** The height as the table gives it: {@code 2591 mm}, or a bound such as {@code > 2895 mm}. */
    public String height() {
        return table().heightWidth(heightWidthCode()).height();
    }

    /** The width as the table gives it: {@code 2436 mm}, or a range for wider boxes. */
    public String width() {
        return table().heightWidth(heightWidthCode()).width();
    }

    /** The type group's name, e.g. "General purpose container". */
    public String groupDescription() {
        return table().group(typeGroup());
    }

    /** The detailed type, e.g. "Integral Reefer - Mechanically refrigerated and heated". */
    public String typeDescription() {
        return table().type(typeCode());
    }

    /** Refrigerated or insulated equipment (type groups R and H), which needs power or temperature care. */
    public boolean isReefer() {
        return typeGroup() == 'R' || typeGroup() == 'H';
    }

    /** E.g. "40 ft, 2895 mm high, General purpose container"; the width only when it is not the usual one. */
    public String description() {
        String width = width();
        String widthPart = width.equals("2436 mm") ? "" : width + " wide, ";
        return lengthFeet() + " ft, " + height() + " high, " + widthPart + groupDescription();
    }

    @Override
    public String toString() {
        return code;
    }

    private static SizeTypeTable table() {
        return SizeTypeTable.standard();
    }

    private static int millimetres(String length) {
        return Integer.parseInt(length.replace("mm", "").strip());
    }

    private static String normalize(String text) {
        return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    private static String problemWith(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return "size-type code is required";
        }
        if (candidate.length() != 4) {
            return "size-type code must have 4 characters (length, height/width, type), got " + candidate.length();
        }
        SizeTypeTable table = table();
        List<String> unknown = new ArrayList<>();
        char length = candidate.charAt(0);
        if (table.length(length) == null) {
            unknown.add("unknown length code '" + length + "'");
        }
        char heightWidth = candidate.charAt(1);
        if (table.heightWidth(heightWidth) == null) {
            unknown.add("unknown height/width code '" + heightWidth + "'");
        }
        String type = candidate.substring(2);
        if (table.group(type.charAt(0)) == null) {
            unknown.add("unknown type group '" + type.charAt(0) + "'");
        } else if (table.type(type) == null) {
            unknown.add(unknownTypeInKnownGroup(table, type));
        }
        return unknown.isEmpty() ? null : "size-type " + candidate + ": " + String.join(", ", unknown);
    }

    private static String unknownTypeInKnownGroup(SizeTypeTable table, String type) {
        char group = type.charAt(0);
        List<String> known = table.typesOfGroup(group);
        String groupName = table.group(group);
        return known.isEmpty()
                ? "type group '" + group + "' (" + groupName + ") has no type codes in the ISO 6346 table"
                : "unknown type code '" + type + "' (" + groupName + " has " + String.join(", ", known) + ")";
    }
}
