package org.harbormaster.server.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.harbormaster.event.EventFormat;
import org.harbormaster.server.inbox.DataQualityReport.SourceQuality;
import org.harbormaster.server.inbox.DataQualityReport.Timeliness;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Counts findings, events and quarantined messages per source, and measures timeliness, in SQL. */
@Repository
public class DataQualityReports {

    private final JdbcTemplate jdbc;

    DataQualityReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final class Source {
        long events;
        long waiting;
        long quarantined;
        final Map<String, Long> findings = new TreeMap<>();
        Timeliness timeliness = new Timeliness(0, null, null);
    }

    public DataQualityReport since(Instant since) {
        Map<List<String>, Source> sources = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        Object at = InboxRepository.time(since);
        jdbc.query("""
                SELECT source_format, sender, count(*), count(*) FILTER (WHERE waiting),
                       count(*) FILTER (WHERE kind = 'ACTUAL'),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY timeliness_seconds) FILTER (WHERE kind = 'ACTUAL'),
                       avg(CASE WHEN timeliness_seconds <= 86400 THEN 1.0 ELSE 0.0 END) FILTER (WHERE kind = 'ACTUAL')
                FROM milestone_event WHERE received_at >= ? GROUP BY source_format, sender""",
                rs -> {
                    Source s = sources.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new Source());
                    s.events = rs.getLong(3);
                    s.waiting = rs.getLong(4);
                    Double median = (Double) rs.getObject(6);
                    java.math.BigDecimal share = rs.getBigDecimal(7);
                    s.timeliness = new Timeliness(rs.getLong(5), median,
                            share == null ? null : Math.round(share.doubleValue() * 10000) / 10000.0);
                }, at);
        jdbc.query("""
                SELECT source_format, sender, code, count(*) FROM data_quality_finding
                WHERE found_at >= ? GROUP BY source_format, sender, code""",
                rs -> {
                    sources.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new Source())
                            .findings.put(rs.getString(3), rs.getLong(4));
                }, at);
        jdbc.query("""
                SELECT format, sender, count(*) FROM inbox_message
                WHERE received_at >= ? AND status = 'QUARANTINED' GROUP BY format, sender""",
                rs -> {
                    sources.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new Source())
                            .quarantined = rs.getLong(3);
                }, at);
        List<SourceQuality> result = new ArrayList<>();
        sources.forEach((key, s) -> result.add(new SourceQuality(InboundFormats.nameOf(EventFormat.valueOf(key.get(0))),
                key.get(1), s.events, s.waiting, s.quarantined, s.findings, s.timeliness)));
        return new DataQualityReport(since.toString(), result);
    }
}
