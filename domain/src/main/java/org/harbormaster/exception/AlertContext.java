package org.harbormaster.exception;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.money.CostLine;
import org.harbormaster.money.demurrage.TariffBook;
import org.harbormaster.money.demurrage.WorkingCalendar;
import org.harbormaster.prediction.ArrivalPrediction;
import org.harbormaster.prediction.MilestonePrediction;
import org.harbormaster.prediction.PredictedTime;
import org.harbormaster.shipment.CutoffType;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentDetails;

/**
 * Everything the rules read about one shipment at one instant: the shipment, its prediction (may be absent),
 * tariffs and working calendars, the thresholds for its customer and region, holds, the cut-offs met that no
 * milestone records (documentation, VGM), costs incurred so far, and "now".
 */
public final class AlertContext {

    private final Shipment shipment;
    private final ArrivalPrediction prediction;
    private final TariffBook tariffs;
    private final Function<UnLocode, WorkingCalendar> calendars;
    private final Thresholds thresholds;
    private final List<Hold> holds;
    private final Set<CutoffType> cutoffsMet;
    private final List<CostLine> costs;
    private final Instant now;
    private final Map<String, Instant> booked = new HashMap<>();

    private AlertContext(Builder b) {
        this.shipment = Objects.requireNonNull(b.shipment, "shipment");
        this.now = Objects.requireNonNull(b.now, "now");
        this.prediction = b.prediction;
        this.tariffs = b.tariffs;
        this.calendars = b.calendars;
        this.thresholds = b.thresholds;
        this.holds = List.copyOf(b.holds);
        this.cutoffsMet = Set.copyOf(b.cutoffsMet);
        this.costs = List.copyOf(b.costs);
        shipment.plan().impliedMilestones().forEach(m -> booked.put(m.key(), m.planned()));
    }

    public static Builder of(Shipment shipment, Instant now) {
        return new Builder(shipment, now);
    }

    public Shipment shipment() {
        return shipment;
    }

    public ShipmentDetails details() {
        return shipment.details();
    }

    public Optional<ArrivalPrediction> prediction() {
        return Optional.ofNullable(prediction);
    }

    public TariffBook tariffs() {
        return tariffs;
    }

    public WorkingCalendar calendarAt(UnLocode locode) {
        return calendars.apply(locode);
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    public List<Hold> holds() {
        return holds;
    }

    public Set<CutoffType> cutoffsMet() {
        return cutoffsMet;
    }

    public List<CostLine> costs() {
        return costs;
    }

    public Instant now() {
        return now;
    }

    /** The time our booked plan gave a milestone, whatever carriers reported since. */
    public Optional<Instant> booked(Milestone m) {
        return Optional.ofNullable(booked.get(m.key()));
    }

    /**
     * Our prediction of a milestone, when it says something: once the shipment has started (the prediction
     * has an anchor), or while it is not yet due to. A prediction with no anchor made after the planned start
     * only says that nothing has been heard; the missing-milestone rule speaks to that, not a slip.
     */
    public Optional<MilestonePrediction> predicted(Milestone m) {
        return prediction().filter(p -> p.anchor().isPresent() || !p.asOf().isAfter(p.startedFrom()))
                .flatMap(p -> p.milestone(m.key()));
    }

    /** What the carrier now says: its estimate, else a schedule it sent; empty when it said nothing. */
    Optional<Outlook> carrierSays(Milestone m) {
        if (m.estimated() != null) {
            return Optional.of(new Outlook(m.estimated(), "carrier estimate"));
        }
        return m.plannedBy() != null ? Optional.of(new Outlook(m.planned(), "carrier schedule")) : Optional.empty();
    }

    /** The later of what the carrier says and our median; the plan when neither exists. */
    Outlook outlook(Milestone m) {
        Outlook carrier = carrierSays(m).orElse(null);
        Outlook ours = predicted(m).map(p -> new Outlook(p.p50(), "our median prediction")).orElse(null);
        Outlook later = Outlook.later(carrier, ours);
        return later != null ? later : new Outlook(m.planned(), "plan");
    }

    /**
     * When a milestone is expected as a median and a P90: exactly its actual once done; otherwise the median
     * is {@link #outlook} (so a carrier's later estimate counts) and the P90 our P90, never before that median.
     */
    PredictedTime expectedRange(Milestone m) {
        if (m.isDone()) {
            return PredictedTime.exactly(m.actual());
        }
        Instant p50 = outlook(m).at();
        Instant p90 = predicted(m).map(MilestonePrediction::p90).filter(p -> p.isAfter(p50)).orElse(p50);
        return new PredictedTime(p50, p90);
    }

    /** A finding of this rule with its profile (severity, team, SLAs, action) resolved for this shipment. */
    RuleFinding finding(RuleCode code, String subject, String explanation) {
        return new RuleFinding(code, subject, code.severity(), thresholds.teamFor(code, details()),
                thresholds.acknowledgeWithin(code), thresholds.resolveWithin(code), code.suggestedAction(), explanation,
                MoneyAtRisk.NONE, null, null, thresholds.tier());
    }

    /** Builds a context; tariffs default to the standard book, calendars to each country's, thresholds to defaults. */
    public static final class Builder {
        private final Shipment shipment;
        private final Instant now;
        private ArrivalPrediction prediction;
        private TariffBook tariffs = TariffBook.standard();
        private Function<UnLocode, WorkingCalendar> calendars = WorkingCalendar::forLocation;
        private Thresholds thresholds = Thresholds.defaults();
        private List<Hold> holds = List.of();
        private Set<CutoffType> cutoffsMet = Set.of();
        private List<CostLine> costs = List.of();

        private Builder(Shipment shipment, Instant now) {
            this.shipment = shipment;
            this.now = now;
        }

        public Builder prediction(ArrivalPrediction value) {
            this.prediction = value;
            return this;
        }

        public Builder tariffs(TariffBook value) {
            this.tariffs = Objects.requireNonNull(value);
            return this;
        }

        public Builder calendars(Function<UnLocode, WorkingCalendar> value) {
            this.calendars = Objects.requireNonNull(value);
            return this;
        }

        /** The thresholds of the shipment's customer and region, resolved from the book. */
        public Builder thresholds(ThresholdBook book) {
            this.thresholds = book.resolve(shipment.details().customer().code(), shipment.details().region());
            return this;
        }

        public Builder holds(List<Hold> value) {
            this.holds = value;
            return this;
        }

        public Builder cutoffsMet(Set<CutoffType> value) {
            this.cutoffsMet = value;
            return this;
        }

        public Builder costs(List<CostLine> value) {
            this.costs = value;
            return this;
        }

        public AlertContext build() {
            return new AlertContext(this);
        }
    }
}
