package org.harbormaster.exception;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.harbormaster.money.demurrage.ChargeBreakdown;
import org.harbormaster.money.demurrage.ChargeKind;
import org.harbormaster.shipment.Container;

/**
 * A customs, carrier or terminal hold that is active now, one finding per held container (or the shipment);
 * times in the destination's local time.
 * Once the container is discharged, the money at risk is the demurrage it would run up if the hold lasts as
 * long as such holds usually do ({@link HoldType#expectedDuration()}).
 */
public final class HoldRule implements AlertRule {

    private final HoldType type;

    private HoldRule(HoldType type) {
        this.type = type;
    }

    public static HoldRule customs() {
        return new HoldRule(HoldType.CUSTOMS);
    }

    public static HoldRule carrier() {
        return new HoldRule(HoldType.CARRIER);
    }

    public static HoldRule terminal() {
        return new HoldRule(HoldType.TERMINAL);
    }

    @Override
    public List<RuleCode> codes() {
        return List.of(type.code());
    }

    @Override
    public List<RuleFinding> evaluate(AlertContext ctx) {
        List<RuleFinding> out = new ArrayList<>();
        for (Hold hold : ctx.holds()) {
            if (hold.type() == type && hold.isActiveAt(ctx.now())) {
                out.add(finding(ctx, hold));
            }
        }
        return out;
    }

    private RuleFinding finding(AlertContext ctx, Hold hold) {
        Duration expected = ctx.thresholds().duration(type.expectedDuration());
        Instant expectedRelease = later(hold.since().plus(expected), ctx.now());
        var zone = ctx.details().destination().locode().zone();
        StringBuilder text = new StringBuilder(capitalized(type.word()) + " hold on " + hold.subject() + " since "
                + Wording.local(hold.since(), zone) + " (" + Wording.hours(Duration.between(hold.since(), ctx.now())) + ")"
                + (hold.reason().isEmpty() ? "" : ": " + hold.reason()) + ".");
        List<MoneyTerm> terms = new ArrayList<>();
        Instant actBy = null;
        for (Container c : held(ctx, hold)) {
            Optional<ContainerFreeTime> clock = ContainerFreeTime.of(ctx, c, ChargeKind.DEMURRAGE)
                    .filter(ft -> !ft.end().isDone());
            if (clock.isPresent()) {
                terms.add(demurrageWhileHeld(clock.get(), expected, expectedRelease, text));
                actBy = actBy == null ? clock.get().lastFreeDay().freeTimeEnds() : actBy;
            }
        }
        return ctx.finding(type.code(), hold.subject(), text.toString())
                .withMoneyAtRisk(new MoneyAtRisk(terms)).actingBy(actBy);
    }

    /** The demurrage a held container runs up if the hold lasts as long as usual; its words go into {@code text}. */
    private static MoneyTerm demurrageWhileHeld(ContainerFreeTime ft, Duration expected, Instant expectedRelease,
                                                StringBuilder text) {
        ChargeBreakdown ifHeld = ft.tariff().charge(ft.lastFreeDay().chargeableDaysUntil(expectedRelease));
        text.append(' ').append(ft.container().number()).append(": ").append(ft.lastFreeDay().explanation())
                .append("; such holds last ").append(Wording.threshold(expected)).append(", release expected ")
                .append(Wording.local(expectedRelease, ft.start().location().zone())).append(": ")
                .append(ifHeld.arithmetic()).append(" demurrage.");
        return new MoneyTerm("demurrage " + ft.container().number() + " while held", ifHeld.arithmetic(), ifHeld.total());
    }

    private static List<Container> held(AlertContext ctx, Hold hold) {
        List<Container> all = ctx.details().cargo().containers();
        return hold.container() == null ? all : all.stream().filter(c -> c.number().equals(hold.container())).toList();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    @Override
    public String whyCleared(AlertContext ctx, RuleCode code, String subject) {
        return ctx.holds().stream()
                .filter(h -> h.type() == type && h.subject().equals(subject) && h.released() != null
                        && !h.released().isAfter(ctx.now()))
                .findFirst()
                .map(h -> type.word() + " hold released "
                        + Wording.local(h.released(), ctx.details().destination().locode().zone()))
                .orElse(type.word() + " hold no longer reported");
    }
}
