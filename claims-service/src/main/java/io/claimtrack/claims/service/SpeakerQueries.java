package io.claimtrack.claims.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;

import org.bson.conversions.Bson;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import io.claimtrack.claims.domain.Speaker;
import io.claimtrack.claims.mapping.Views;
import io.claimtrack.claims.model.Page;
import io.claimtrack.claims.model.SpeakerStats;
import io.claimtrack.claims.model.SpeakerView;

/** Reads speakers: search by name words, one speaker, and their activity over time. */
@ApplicationScoped
public class SpeakerQueries {

    @Inject
    SpeakerService speakers;

    public Page<SpeakerView> search(String q, int limit, String cursor) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("mergedInto", null)));
        if (ClaimQueries.present(q)) {
            List<String> words = Text.tokens(q);
            if (words.isEmpty()) {
                throw new BadRequestException("q must contain at least one word of two or more letters or digits");
            }
            filters.add(Filters.all("nameTokens", words));
        }
        Cursor after = Cursor.decode(cursor);
        if (after != null) {
            // the bound lets the name index start reading at the cursor
            filters.add(Filters.gte("nameKey", after.value()));
            filters.add(Keyset.afterAscending("nameKey", after.value(), after.id()));
        }
        List<Speaker> found = Speaker.<Speaker>mongoCollection().find(Filters.and(filters))
                .sort(Sorts.ascending("nameKey", "_id")).limit(limit + 1).into(new ArrayList<>());
        return Keyset.pageOf(found, limit, SpeakerQueries::views, s -> new Cursor(s.nameKey, s.id));
    }

    /** The speaker, or the one it was merged into. */
    public SpeakerView get(String id) {
        return views(List.of(speaker(id))).get(0);
    }

    /** Read from the counts kept per day ({@link SpeakerTimeline}): the speaker's active days, not its claims. */
    public SpeakerStats stats(String id, String interval) {
        boolean weekly = "week".equals(interval);
        if (!weekly && !"day".equals(interval)) {
            throw new BadRequestException("interval must be 'day' or 'week', got '" + interval + "'");
        }
        Speaker speaker = speaker(id);
        return new SpeakerStats(speaker.id, speaker.name, weekly ? "week" : "day",
                SpeakerTimeline.series(SpeakerService.withMerged(speaker), weekly));
    }

    private Speaker speaker(String id) {
        Speaker speaker = Speaker.findById(id);
        if (speaker == null) {
            throw new NotFoundException("No speaker with id '" + id + "'");
        }
        return speakers.canonical(speaker);
    }

    /**
     * Counts kept on the speakers: each one's own claims and those of the speakers merged into it, these read for
     * all of them in one find, not one per speaker.
     */
    private static List<SpeakerView> views(List<Speaker> speakers) {
        // each speaker's merged ones, once each
        List<Set<String>> mergedOf = new ArrayList<>(speakers.size());
        Set<String> partials = new HashSet<>();
        for (Speaker speaker : speakers) {
            List<String> ids = SpeakerService.withMerged(speaker);
            Set<String> merged = new HashSet<>(ids.subList(1, ids.size()));
            mergedOf.add(merged);
            partials.addAll(merged);
        }
        Map<String, Long> claims = new HashMap<>();
        if (!partials.isEmpty()) {
            Speaker.<Speaker>mongoCollection().find(Filters.in("_id", partials)).forEach(p -> claims.put(p.id, p.claimCount));
        }
        List<SpeakerView> views = new ArrayList<>(speakers.size());
        for (int i = 0; i < speakers.size(); i++) {
            long merged = mergedOf.get(i).stream().mapToLong(id -> claims.getOrDefault(id, 0L)).sum();
            views.add(Views.speaker(speakers.get(i), speakers.get(i).claimCount + merged));
        }
        return views;
    }
}
