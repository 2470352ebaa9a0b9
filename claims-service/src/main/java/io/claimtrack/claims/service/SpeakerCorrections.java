package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;

import org.bson.conversions.Bson;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.Correction;
import io.claimtrack.claims.domain.Speaker;
import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.model.CorrectionRequest;
import io.claimtrack.claims.model.SpeakerEdit;
import io.claimtrack.claims.model.StatementRef;

/**
 * Corrections of speakers: an edit (name, kind, aliases, roles), a merge of two speakers, and the split
 * of a merged speaker back out, with the statements that go to each. Applying and reversing each is a
 * set of writes that can be repeated, so recovery after a crash simply runs them again.
 */
@ApplicationScoped
public class SpeakerCorrections {

    static final String EDIT_SPEAKER = "edit-speaker";
    static final String MERGE = "merge";

    @Inject
    SpeakerService speakers;

    /** Whether the speaker's merge into another is one an editor made (and has not undone). */
    static boolean mergedByEditor(Speaker partial) {
        Speaker into = partial.mergedInto == null ? null : Speaker.findById(partial.mergedInto);
        return into != null && into.merges.stream().anyMatch(m -> partial.id.equals(m.speakerId) && m.undone == null
                && m.correction != null);
    }

    void plan(Correction c, CorrectionRequest request) {
        Speaker speaker = CorrectionPlans.speaker(CorrectionPlans.require(request.speaker(), "speaker"));
        switch (c.action) {
            case EDIT_SPEAKER -> planEdit(c, speakers.canonical(speaker), CorrectionPlans.require(request.edit(), "edit"));
            case MERGE -> planMerge(c, speaker, CorrectionPlans.speaker(CorrectionPlans.require(request.into(), "into")));
            case StatementCorrections.SPLIT -> planSplit(c, speaker, request.statements());
            default -> throw new BadRequestException("unknown action " + c.action);
        }
    }

    private void planEdit(Correction c, Speaker speaker, SpeakerEdit edit) {
        c.before = new Correction.State();
        c.after = new Correction.State();
        c.before.speakerId = speaker.id;
        c.after.speakerId = speaker.id;
        boolean changes = false;
        if (edit.name() != null && !edit.name().trim().equals(speaker.name)) {
            c.before.name = speaker.name;
            c.after.name = edit.name().trim();
            changes = true;
        }
        if (edit.kind() != null && !edit.kind().equals(speaker.kind)) {
            c.before.kind = speaker.kind;
            c.after.kind = edit.kind();
            changes = true;
        }
        if (edit.aliases() != null) {
            List<String> aliases = edit.aliases().stream().map(String::trim).distinct().toList();
            if (!aliases.equals(speaker.aliases)) {
                c.before.aliases = speaker.aliases;
                c.after.aliases = aliases;
                changes = true;
            }
        }
        if (edit.roles() != null) {
            List<Speaker.RoleSeen> roles = edit.roles().stream().map(r -> role(r.role().trim(), r.seen())).toList();
            if (!roleKeys(roles).equals(roleKeys(speaker.roles))) {
                c.before.roles = speaker.roles;
                c.after.roles = roles;
                changes = true;
            }
        }
        if (!changes) {
            throw CorrectionPlans.conflict("the speaker already has these values");
        }
        c.speakerIds.add(speaker.id);
    }

    private void planMerge(Correction c, Speaker merged, Speaker into) {
        if (merged.mergedInto != null) {
            throw CorrectionPlans.conflict(merged.name + " is already merged into " + merged.mergedInto);
        }
        Speaker kept = speakers.canonical(into);
        if (kept.id.equals(merged.id)) {
            throw CorrectionPlans.conflict("a speaker cannot be merged into itself");
        }
        c.before = Correction.State.speaker(merged.id, merged.name);
        c.after = Correction.State.speaker(merged.id, merged.name);
        c.after.mergedInto = kept.id;
        c.speakerIds.addAll(List.of(merged.id, kept.id));
    }

    private void planSplit(Correction c, Speaker split, List<StatementRef> refs) {
        if (split.mergedInto == null) {
            throw CorrectionPlans.conflict(split.name + " is not merged into another speaker");
        }
        String from = split.mergedInto;
        c.before = new Correction.State();
        c.before.speakerId = split.id;
        c.before.mergedInto = from;
        c.after = new Correction.State();
        c.after.speakerId = split.id;
        c.speakerIds.addAll(List.of(split.id, from));
        if (refs == null) {
            return;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (StatementRef ref : refs) {
            StatementCorrections.Located at = CorrectionPlans.statement(ref);
            String now = StatementCorrections.current(at).statement().speakerId;
            if (!from.equals(speakers.canonical(CorrectionPlans.speaker(now)).id)) {
                throw new BadRequestException("statement [" + ref.span().start() + ", " + ref.span().end() + ") of "
                        + ref.document() + " is not one of " + split.name + " or the speaker it is merged into");
            }
            chosen.add(at.key());
            if (!split.id.equals(now)) {
                add(c, at, split.id);
            }
        }
        // every statement recorded for the split speaker that the editor did not choose stays with the other
        List<Appearance> recorded = Appearance.<Appearance>mongoCollection().find(eq("speakerId", split.id))
                .into(new ArrayList<>());
        Map<String, StoredDocument> documents = completeDocuments(recorded.stream().map(a -> a.documentId).toList());
        for (Appearance a : recorded) {
            StoredDocument doc = documents.get(a.documentId);
            StatementCorrections.Located at = doc == null ? null : StatementCorrections.locate(doc, a.start, a.end);
            if (at != null && !chosen.contains(at.key())) {
                add(c, at, from);
            }
        }
    }

    /** The complete ones of the documents, by id, in one find (a document holds several appearances of a speaker). */
    private static Map<String, StoredDocument> completeDocuments(Collection<String> ids) {
        Map<String, StoredDocument> documents = new HashMap<>();
        StoredDocument.<StoredDocument>mongoCollection().find(and(in("_id", new HashSet<>(ids)),
                eq("state", StoredDocument.COMPLETE))).forEach(doc -> documents.put(doc.id, doc));
        return documents;
    }

    private static void add(Correction c, StatementCorrections.Located at, String speakerId) {
        Correction.Target t = CorrectionPlans.target(at);
        t.speakerId = speakerId;
        c.targets.add(t);
        if (!c.documentIds.contains(t.documentId)) {
            c.documentIds.add(t.documentId);
        }
    }

    /** Makes the record say what the correction says. Repeatable. */
    void apply(Correction c) {
        switch (c.action) {
            case EDIT_SPEAKER -> set(c.after.speakerId, c.after, c.before);
            case MERGE -> merge(c);
            case StatementCorrections.SPLIT -> {
                unmerge(c.before.mergedInto, c.before.speakerId, splitNote(c), null);
                Speaker.mongoCollection().updateOne(eq("_id", c.before.speakerId),
                        Updates.addToSet("keptApart", c.before.mergedInto));
            }
            default -> throw new IllegalStateException("not a speaker correction: " + c.action);
        }
    }

    /** Makes the record as it was before the correction. Repeatable. */
    void reverse(Correction c, Correction undo) {
        switch (c.action) {
            case EDIT_SPEAKER -> set(c.before.speakerId, c.before, c.after);
            case MERGE -> unmerge(c.after.mergedInto, c.after.speakerId,
                    "undone by correction " + undo.id + ": " + undo.reason, c.id);
            case StatementCorrections.SPLIT -> {
                Speaker.mongoCollection().updateOne(and(eq("_id", c.before.mergedInto),
                        Filters.elemMatch("merges", and(eq("speakerId", c.before.speakerId), eq("undone", splitNote(c))))),
                        Updates.unset("merges.$.undone"));
                Speaker.mongoCollection().updateOne(eq("_id", c.before.speakerId), Updates.combine(
                        Updates.set("mergedInto", c.before.mergedInto), Updates.pull("keptApart", c.before.mergedInto)));
            }
            default -> throw new IllegalStateException("not a speaker correction: " + c.action);
        }
    }

    private static String splitNote(Correction c) {
        return "split by correction " + c.id + ": " + c.reason;
    }

    /** Sets the fields {@code to} has (those the correction changed); the old name stays an alias. */
    private static void set(String speakerId, Correction.State to, Correction.State other) {
        List<Bson> updates = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        if (to.name != null) {
            updates.add(Updates.set("name", to.name));
            names.add(to.name);
            names.add(other.name);
        }
        if (to.kind != null) {
            updates.add(Updates.set("kind", to.kind));
        }
        if (to.aliases != null) {
            updates.add(Updates.set("aliases", to.aliases));
            names.addAll(to.aliases);
        }
        if (to.roles != null) {
            updates.add(Updates.set("roles", SpeakerService.roleDocuments(to.roles)));
            Speaker.RoleSeen latest = to.roles.stream().filter(r -> r.seen != null)
                    .max(Comparator.comparing(r -> r.seen)).orElse(to.roles.isEmpty() ? null : to.roles.get(0));
            updates.add(latest == null ? Updates.unset("role") : Updates.set("role", latest.role));
            updates.add(latest == null ? Updates.unset("roleSeen") : Updates.set("roleSeen", latest.seen));
        }
        names.remove(null);
        List<String> keys = names.stream().map(Text::normalise).filter(k -> !k.isEmpty()).toList();
        if (!keys.isEmpty()) {
            // every name it had or has finds it (lookup keys are only ever added to)
            LookupKeys.add(keys.stream().map(LookupKeys::alias).toList(), speakerId);
            updates.add(Updates.addEachToSet("aliasKeys", keys));
            updates.add(Updates.addEachToSet("nameTokens", Text.tokens(String.join(" ", names))));
        }
        Speaker.mongoCollection().updateOne(eq("_id", speakerId), Updates.combine(updates));
    }

    /** The kept speaker records the merge (with the merged one's own merges, so one level is read), then the other points at it. */
    private static void merge(Correction c) {
        String mergedId = c.after.speakerId;
        String keptId = c.after.mergedInto;
        Speaker merged = Speaker.findById(mergedId);
        Speaker kept = Speaker.findById(keptId);
        if (kept.merges.stream().noneMatch(m -> c.id.equals(m.correction))) {
            List<Speaker.Merge> entries = new ArrayList<>();
            entries.add(entry(merged.id, merged.name, c));
            merged.merges.stream().filter(m -> m.undone == null && m.speakerId != null)
                    .forEach(m -> entries.add(entry(m.speakerId, m.name, c)));
            Speaker.mongoCollection().updateOne(eq("_id", keptId),
                    Updates.pushEach("merges", entries.stream().map(SpeakerService::mergeDocument).toList()));
        }
        Speaker.mongoCollection().updateOne(and(eq("_id", mergedId), eq("mergedInto", null)),
                Updates.set("mergedInto", keptId));
    }

    private static Speaker.Merge entry(String speakerId, String name, Correction c) {
        Speaker.Merge merge = SpeakerService.merge(speakerId, name, "editor: " + c.reason);
        merge.correction = c.id;
        merge.at = Instant.now();
        return merge;
    }

    /**
     * Marks the kept speaker's merge entries undone (those of one correction, or the speaker's holding
     * one) and lets the merged speaker stand alone again.
     */
    private static void unmerge(String keptId, String mergedId, String note, String correctionId) {
        Bson entry = correctionId != null ? eq("correction", correctionId) : eq("speakerId", mergedId);
        // one positional update per entry: a merge by an editor may have several
        while (Speaker.mongoCollection().updateOne(and(eq("_id", keptId),
                Filters.elemMatch("merges", and(entry, eq("undone", null)))),
                Updates.set("merges.$.undone", note)).getModifiedCount() > 0) {
            continue;
        }
        Speaker.mongoCollection().updateOne(and(eq("_id", mergedId), eq("mergedInto", keptId)), Updates.unset("mergedInto"));
    }

    private static Speaker.RoleSeen role(String role, String seen) {
        Speaker.RoleSeen r = new Speaker.RoleSeen();
        r.role = role;
        r.seen = seen;
        return r;
    }

    private static List<String> roleKeys(List<Speaker.RoleSeen> roles) {
        return roles.stream().map(r -> r.role + "|" + Objects.toString(r.seen, "")).toList();
    }
}
