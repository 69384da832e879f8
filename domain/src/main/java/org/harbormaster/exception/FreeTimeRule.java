package org.harbormaster.exception;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.harbormaster.money.demurrage.ChargeEstimate;
import org.harbormaster.money.demurrage.ChargeKind;
import org.harbormaster.shipment.Container;

/**
 * A container whose free time is running out, one finding per container:
 * <ul>
 * <li>{@link #demurrage()}: discharged and not picked up, and either predicted out after its last free day or
 *     still in the terminal within {@link Threshold#DEMURRAGE_WARNING} of it;</li>
 * <li>{@link #detention()}: gated out full and the empty not returned, likewise with
 *     {@link Threshold#DETENTION_WARNING}.</li>
 * </ul>
 * The money at risk is the projected charge: the tariff's rate per day times the predicted chargeable days.
 */
public final class FreeTimeRule implements AlertRule {

    private final ChargeKind kind;
    private final RuleCode code;
    private final Threshold warning;

    private FreeTimeRule(ChargeKind kind, RuleCode code, Threshold warning) {
        this.kind = kind;
        this.code = code;
        this.warning = warning;
    }

    /** Container not picked up before its last free day. */
    public static FreeTimeRule demurrage() {
        return new FreeTimeRule(ChargeKind.DEMURRAGE, RuleCode.DEMURRAGE_RISK, Threshold.DEMURRAGE_WARNING);
    }

    /** Empty not returned within detention free time. */
    public static FreeTimeRule detention() {
        return new FreeTimeRule(ChargeKind.DETENTION, RuleCode.DETENTION_RISK, Threshold.DETENTION_WARNING);
    }

    @Override
    public List<RuleCode> codes() {
        return List.of(code);
    }

    @Override
    public List<RuleFinding> evaluate(AlertContext ctx) {
        List<RuleFinding> out = new ArrayList<>();
        Duration warn = ctx.thresholds().duration(warning);
        for (Container c : ctx.details().cargo().containers()) {
            Optional<ContainerFreeTime> clock = ContainerFreeTime.of(ctx, c, kind);
            if (clock.isPresent() && !clock.get().end().isDone() && atRisk(clock.get(), ctx, warn)) {
                out.add(finding(ctx, clock.get()));
            }
        }
        return out;
    }

    private static boolean atRisk(ContainerFreeTime ft, AlertContext ctx, Duration warn) {
        return !ft.estimate().projected().isZero()
                || !ctx.now().isBefore(ft.lastFreeDay().freeTimeEnds().minus(warn));
    }

    private RuleFinding finding(AlertContext ctx, ContainerFreeTime ft) {
        ChargeEstimate e = ft.estimate();
        var zone = ft.start().location().zone();
        String text = ft.container().number() + " (" + ft.container().sizeType() + ") " + kind.word() + " at " + ft.port()
                + ": " + ft.lastFreeDay().explanation() + "; " + endWords() + " expected "
                + Wording.local(e.projectedEnd(), zone) + " (" + ft.predictedEnd().basis() + "): "
                + e.projected().chargeableDays() + " chargeable days, " + e.projected().arithmetic()
                + "; accrued so far " + e.accrued().arithmetic() + ". Tariff: " + ft.tariff().terms() + ".";
        MoneyTerm term = new MoneyTerm(kind.word() + " " + ft.container().number(), e.projected().arithmetic(),
                e.projected().total());
        RuleFinding finding = ctx.finding(code, ft.container().number().toString(), text)
                .withMoneyAtRisk(MoneyAtRisk.of(term)).actingBy(ft.lastFreeDay().freeTimeEnds());
        return e.accrued().isZero() ? finding : finding.withSeverity(Severity.CRITICAL);
    }

    private String endWords() {
        return kind == ChargeKind.DEMURRAGE ? "pickup" : "empty return";
    }

    @Override
    public String whyCleared(AlertContext ctx, RuleCode ruleCode, String subject) {
        return ctx.details().cargo().containers().stream().filter(c -> c.number().toString().equals(subject))
                .findFirst().flatMap(c -> ContainerFreeTime.of(ctx, c, kind))
                .map(ft -> ft.end().isDone()
                        ? (kind == ChargeKind.DEMURRAGE ? "gated out full " : "empty returned ")
                          + Wording.local(ft.end().actual(), ft.start().location().zone()) + " with "
                          + ft.estimate().accrued().arithmetic() + " " + kind.word()
                        : endWords() + " now expected within free time (" + ft.lastFreeDay().explanation() + ")")
                .orElse("the " + kind.word() + " clock no longer runs for " + subject);
    }
}
