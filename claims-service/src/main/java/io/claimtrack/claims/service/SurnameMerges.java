package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import java.util.List;

import org.jboss.logging.Logger;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.claimtrack.claims.domain.Speaker;

/**
 * The surname rules of speaker resolution: a bare surname is merged into the one person with that surname and a
 * full name, never an ambiguous one, and split back out (with the reason) when a second such person appears.
 * Checked on what {@link SpeakerReads} holds once a document's speaker writes are made.
 */
final class SurnameMerges {

    // the category these lines were always logged under
    private static final Logger LOG = Logger.getLogger(SpeakerService.class);

    private SurnameMerges() {
    }

    /** A bare surname joins the only full name with it; a full name takes the bare surname; ambiguity splits. */
    static void check(Speaker speaker, SpeakerReads reads) {
        List<Speaker> fullNames = fullNamesWithSurname(speaker.surnameKey, reads);
        if (speaker.nameKey.contains(" ")) {
            absorbSurnameOnly(speaker, fullNames, reads);
        } else if (speaker.mergedInto == null && fullNames.size() == 1
                && !speaker.keptApart.contains(fullNames.get(0).id)) {
            merge(speaker, fullNames.get(0), reads);
        }
        splitAmbiguous(speaker.surnameKey, fullNames, reads);
    }

    static List<Speaker> fullNamesWithSurname(String surname, SpeakerReads reads) {
        List<Speaker> candidates = reads.named(LookupKeys.surname(surname));
        candidates.removeIf(s -> !SpeakerService.PERSON.equals(s.kind) || s.mergedInto != null || !s.nameKey.contains(" "));
        return candidates;
    }

    /**
     * A full name takes the surname-only speakers while it is the only full name with that surname
     * ({@code fullNames}: those with its surname).
     */
    private static void absorbSurnameOnly(Speaker full, List<Speaker> fullNames, SpeakerReads reads) {
        if (fullNames.stream().anyMatch(s -> !s.id.equals(full.id))) {
            return;
        }
        List<Speaker> partials = reads.named(LookupKeys.bare(full.surnameKey)).stream()
                .filter(partial -> partial.mergedInto == null && !partial.id.equals(full.id)
                        && !partial.keptApart.contains(full.id))
                .toList();
        partials.forEach(partial -> merge(partial, full, reads));
    }

    /**
     * Merges by pointing the surname-only speaker at the full name; its claims stay where they are
     * (read through the full name), so nothing a concurrent write adds can be lost, and undoing it is one
     * write. The record goes on the full name first: a crash between the two leaves a merge the next
     * mention of either name completes.
     */
    private static void merge(Speaker partial, Speaker full, SpeakerReads reads) {
        Speaker.Merge why = SpeakerService.merge(partial.id, partial.name, "surname '" + partial.name
                + "' matches the only known full name '" + full.name + "'");
        Speaker.mongoCollection().updateOne(and(eq("_id", full.id), ne("merges.speakerId", partial.id)),
                Updates.push("merges", SpeakerService.mergeDocument(why)));
        Speaker.mongoCollection().updateOne(and(eq("_id", partial.id), eq("mergedInto", null)),
                Updates.set("mergedInto", full.id));
        reads.forget(full.id);
        reads.forget(partial.id);
        LOG.infof("Merged speaker %s into %s: %s", partial.id, full.id, why.reason);
    }

    /**
     * With two full names sharing a surname ({@code fullNames}), a bare surname names neither: merges of it
     * are undone.
     */
    private static void splitAmbiguous(String surname, List<Speaker> fullNames, SpeakerReads reads) {
        if (fullNames.size() < 2) {
            return;
        }
        String reason = "surname '" + surname + "' is ambiguous: "
                + fullNames.stream().map(s -> s.name).sorted().collect(java.util.stream.Collectors.joining(", "));
        for (Speaker partial : reads.named(LookupKeys.bare(surname))) {
            if (partial.mergedInto == null) {
                continue;
            }
            if (SpeakerCorrections.mergedByEditor(partial)) {
                continue; // an editor's merge stands until an editor undoes it
            }
            Speaker.mongoCollection().updateOne(and(eq("_id", partial.mergedInto),
                    Filters.elemMatch("merges", and(eq("speakerId", partial.id), eq("undone", null)))),
                    Updates.set("merges.$.undone", reason));
            Speaker.mongoCollection().updateOne(eq("_id", partial.id), Updates.unset("mergedInto"));
            reads.forget(partial.mergedInto);
            reads.forget(partial.id);
            LOG.infof("Split speaker %s from %s: %s", partial.id, partial.mergedInto, reason);
        }
    }
}
