package org.harbormaster.server.exceptions;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.harbormaster.exception.CustomerTier;
import org.harbormaster.exception.MoneyAtRisk;
import org.harbormaster.exception.MoneyTerm;
import org.harbormaster.exception.PriorityTerm;
import org.harbormaster.exception.PromiseRisk;
import org.harbormaster.exception.RuleCode;
import org.harbormaster.exception.RuleFinding;
import org.harbormaster.exception.Severity;
import org.harbormaster.money.Money;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A rule's finding and a priority's terms to and from the JSON kept in the alert row. */
final class FindingJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FindingJson() {
    }

    static String write(RuleFinding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", f.code().name());
        m.put("subject", f.subject());
        m.put("severity", f.severity().name());
        m.put("team", f.team());
        m.put("acknowledgeWithin", f.acknowledgeWithin().toString());
        m.put("resolveWithin", f.resolveWithin().toString());
        m.put("suggestedAction", f.suggestedAction());
        m.put("explanation", f.explanation());
        List<Map<String, String>> money = new ArrayList<>();
        for (MoneyTerm t : f.moneyAtRisk().terms()) {
            money.add(Map.of("label", t.label(), "arithmetic", t.arithmetic(),
                    "amount", t.amount().amount().toPlainString(), "currency", t.amount().currency().getCurrencyCode()));
        }
        m.put("moneyAtRisk", money);
        if (f.promiseRisk() != null) {
            PromiseRisk p = f.promiseRisk();
            Map<String, Object> promise = new LinkedHashMap<>();
            promise.put("promised", p.promised().toString());
            promise.put("p50", p.p50() == null ? null : p.p50().toString());
            promise.put("p90", p.p90() == null ? null : p.p90().toString());
            promise.put("daysLateAtP50", p.daysLateAtP50());
            promise.put("daysLateAtP90", p.daysLateAtP90());
            m.put("promiseRisk", promise);
        }
        m.put("actBy", f.actBy() == null ? null : f.actBy().toString());
        m.put("tier", f.tier().name());
        return JSON.writeValueAsString(m);
    }

    static RuleFinding read(String json) {
        JsonNode n = JSON.readTree(json);
        List<MoneyTerm> terms = new ArrayList<>();
        for (JsonNode t : n.path("moneyAtRisk")) {
            terms.add(new MoneyTerm(t.path("label").asString(), t.path("arithmetic").asString(),
                    Money.of(t.path("amount").asString(), t.path("currency").asString())));
        }
        PromiseRisk promise = null;
        JsonNode p = n.path("promiseRisk");
        if (p.isObject()) {
            promise = new PromiseRisk(LocalDate.parse(p.path("promised").asString()), date(p.path("p50")),
                    date(p.path("p90")), p.path("daysLateAtP50").asLong(), p.path("daysLateAtP90").asLong());
        }
        return new RuleFinding(RuleCode.valueOf(n.path("code").asString()), n.path("subject").asString(),
                Severity.valueOf(n.path("severity").asString()), n.path("team").asString(),
                Duration.parse(n.path("acknowledgeWithin").asString()), Duration.parse(n.path("resolveWithin").asString()),
                n.path("suggestedAction").asString(), n.path("explanation").asString(), new MoneyAtRisk(terms), promise,
                n.path("actBy").isNull() || n.path("actBy").isMissingNode() ? null : Instant.parse(n.path("actBy").asString()),
                CustomerTier.valueOf(n.path("tier").asString()));
    }

    static String writeTerms(List<PriorityTerm> terms) {
        List<Map<String, String>> out = new ArrayList<>();
        for (PriorityTerm t : terms) {
            out.add(Map.of("name", t.name(), "kind", t.kind().name(), "value", t.value().toPlainString(),
                    "arithmetic", t.arithmetic()));
        }
        return JSON.writeValueAsString(out);
    }

    static List<PriorityTerm> readTerms(String json) {
        List<PriorityTerm> out = new ArrayList<>();
        for (JsonNode t : JSON.readTree(json)) {
            out.add(new PriorityTerm(t.path("name").asString(), PriorityTerm.Kind.valueOf(t.path("kind").asString()),
                    new BigDecimal(t.path("value").asString()), t.path("arithmetic").asString()));
        }
        return out;
    }

    private static LocalDate date(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : LocalDate.parse(node.asString());
    }
}
