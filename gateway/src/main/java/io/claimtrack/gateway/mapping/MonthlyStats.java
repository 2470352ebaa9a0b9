package io.claimtrack.gateway.mapping;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.claimtrack.gateway.model.SpeakerStats;

/** claims-service counts by day and ISO week; a month is the sum of its days. */
public final class MonthlyStats {

    private MonthlyStats() {
    }

    public static SpeakerStats fold(SpeakerStats daily) {
        Map<String, long[]> months = new TreeMap<>();
        if (daily.series() != null) {
            for (SpeakerStats.Bucket day : daily.series()) {
                long[] sums = months.computeIfAbsent(day.period().substring(0, 7) + "-01", month -> new long[2]);
                sums[0] += day.newClaims();
                sums[1] += day.appearances();
            }
        }
        List<SpeakerStats.Bucket> series = months.entrySet().stream()
                .map(month -> new SpeakerStats.Bucket(month.getKey(), month.getValue()[0], month.getValue()[1]))
                .toList();
        return new SpeakerStats(daily.speakerId(), daily.name(), "month", series);
    }
}
