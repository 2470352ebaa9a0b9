package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;

import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import io.claimtrack.claims.domain.Speaker;
import io.claimtrack.claims.model.SpeakerMention;

/**
 * Finds or creates the speaker behind a mention. Names are matched after normalisation; a bare
 * surname joins the one person with that surname and a full name, never an ambiguous one; anonymous
 * sources stay confined to their document.
 */
@ApplicationScoped
public class SpeakerService {

    public static final String ANONYMOUS = "anonymous";
    private static final String PERSON = "person";
    private static final Logger LOG = Logger.getLogger(SpeakerService.class);

    @Inject
    ClaimService claims;

    public Speaker resolve(SpeakerMention mention, String documentId, String seen) {
        String kind = mention.kind() == null ? PERSON : mention.kind();
        String name = firstNonBlank(mention.name(), mention.mention(), "unnamed source");
        String key = Text.normalise(name);
        if (ANONYMOUS.equals(kind) || key.isEmpty()) {
            String anonymousKey = key.isEmpty() ? "unnamed source" : key;
            String id = Text.id("sp_", "anonymous|" + documentId + "|" + anonymousKey);
            return upsert(id, name, anonymousKey, ANONYMOUS, documentId, mention, seen, null);
        }
        Speaker speaker = findByAlias(key, kind);
        if (speaker != null) {
            speaker = upsert(speaker.id, speaker.name, speaker.nameKey, speaker.kind, null, mention, seen, null);
        } else {
            speaker = surnameOfAFullName(key, kind)
                    .map(target -> upsert(target.id, target.name, target.nameKey, kind, null, mention, seen,
                            merge(null, name, "surname '" + name + "' matches the only known full name '"
                                    + target.name + "'")))
                    .orElseGet(() -> upsert(Text.id("sp_", kind + "|" + key), name, key, kind, null, mention, seen,
                            null));
        }
        // checked on every mention of a full name, so a merge interrupted by a crash completes later
        if (PERSON.equals(speaker.kind) && speaker.nameKey.contains(" ") && absorbSurnameOnly(speaker)) {
            speaker = Speaker.findById(speaker.id);
        }
        return speaker;
    }

    private Optional<Speaker> surnameOfAFullName(String key, String kind) {
        if (!PERSON.equals(kind) || key.contains(" ")) {
            return Optional.empty();
        }
        List<Speaker> fullNames = fullNamesWithSurname(key, null);
        return fullNames.size() == 1 ? Optional.of(fullNames.get(0)) : Optional.empty();
    }

    /** Ids of the speakers a query names: an id, a name or an alias; merged speakers lead to their target. */
    public List<String> idsMatching(String query) {
        Set<String> ids = new LinkedHashSet<>();
        List<Speaker> found = Speaker.<Speaker>mongoCollection()
                .find(or(eq("_id", query), eq("aliasKeys", Text.normalise(query)))).into(new ArrayList<>());
        for (Speaker speaker : found) {
            ids.add(canonical(speaker).id);
        }
        return List.copyOf(ids);
    }

    public Speaker canonical(Speaker speaker) {
        Speaker current = speaker;
        // bounded: a merge chain longer than a handful would mean a cycle
        for (int hops = 0; current.mergedInto != null && hops < 8; hops++) {
            Speaker next = Speaker.findById(current.mergedInto);
            if (next == null) {
                break;
            }
            current = next;
        }
        return current;
    }

    private Speaker findByAlias(String key, String kind) {
        List<Speaker> matches = Speaker.<Speaker>mongoCollection()
                .find(and(eq("aliasKeys", key), eq("kind", kind))).into(new ArrayList<>());
        return matches.stream().filter(s -> key.equals(s.nameKey)).findFirst()
                .or(() -> matches.stream().findFirst())
                .map(this::canonical)
                .orElse(null);
    }

    private List<Speaker> fullNamesWithSurname(String surname, String exceptId) {
        List<Speaker> candidates = Speaker.<Speaker>mongoCollection()
                .find(and(eq("surnameKey", surname), eq("kind", PERSON), eq("mergedInto", null)))
                .into(new ArrayList<>());
        candidates.removeIf(s -> !s.nameKey.contains(" ") || s.id.equals(exceptId));
        return candidates;
    }

    /** A full name claims surname-only speakers while it is the only full name with that surname. */
    private boolean absorbSurnameOnly(Speaker full) {
        String surname = full.surnameKey;
        List<Speaker> surnameOnly = Speaker.<Speaker>mongoCollection()
                .find(and(eq("nameKey", surname), eq("kind", PERSON), eq("mergedInto", null), ne("_id", full.id)))
                .into(new ArrayList<>());
        if (surnameOnly.isEmpty() || !fullNamesWithSurname(surname, full.id).isEmpty()) {
            return false;
        }
        for (Speaker partial : surnameOnly) {
            Speaker.Merge why = merge(partial.id, partial.name, "surname '" + partial.name
                    + "' matches the only known full name '" + full.name + "'");
            // one atomic update, skipped when a redo finds it already applied
            Speaker.mongoCollection().updateOne(and(eq("_id", full.id), ne("merges.speakerId", partial.id)),
                    Updates.combine(
                            Updates.addEachToSet("aliases", partial.aliases),
                            Updates.addEachToSet("aliasKeys", partial.aliasKeys),
                            Updates.addEachToSet("nameTokens", partial.nameTokens),
                            Updates.addEachToSet("roles", roleDocuments(partial.roles)),
                            Updates.push("merges", mergeDocument(why))));
            claims.reassign(partial.id, full);
            // marked last: if we crash before, the next mention of the full name redoes the merge
            Speaker.mongoCollection().updateOne(eq("_id", partial.id), Updates.set("mergedInto", full.id));
            LOG.infof("Merged speaker %s into %s: %s", partial.id, full.id, why.reason);
        }
        return true;
    }

    private Speaker upsert(String id, String name, String key, String kind, String documentId, SpeakerMention mention,
            String seen, Speaker.Merge merge) {
        List<String> aliases = new ArrayList<>();
        List<String> aliasKeys = new ArrayList<>();
        if (mention.name() != null && !Text.normalise(mention.name()).isEmpty()) {
            aliases.add(mention.name().trim());
            aliasKeys.add(Text.normalise(mention.name()));
        }
        if (mention.mention() != null && mentionNamesSpeaker(mention.mention(), key)) {
            aliases.add(mention.mention().trim());
        }
        aliasKeys.add(key);
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.setOnInsert("name", name),
                Updates.setOnInsert("nameKey", key),
                Updates.setOnInsert("surnameKey", Text.lastToken(key)),
                Updates.setOnInsert("kind", kind),
                Updates.setOnInsert("documentId", documentId),
                Updates.setOnInsert("createdAt", Instant.now()),
                Updates.addEachToSet("aliases", aliases),
                Updates.addEachToSet("aliasKeys", aliasKeys),
                Updates.addEachToSet("nameTokens", Text.tokens(String.join(" ", aliases) + " " + name))));
        if (mention.role() != null && !mention.role().isBlank()) {
            Speaker.RoleSeen role = new Speaker.RoleSeen();
            role.role = mention.role().trim();
            role.seen = seen;
            updates.add(Updates.addToSet("roles", roleDocuments(List.of(role)).get(0)));
        }
        if (merge != null) {
            updates.add(Updates.push("merges", mergeDocument(merge)));
        }
        Speaker.mongoCollection().updateOne(eq("_id", id), Updates.combine(updates), new UpdateOptions().upsert(true));
        return Speaker.findById(id);
    }

    // "Kremlin spokesman Dmitry Peskov" is an alias of Peskov; "Kremlin aide" alone names nobody.
    private static boolean mentionNamesSpeaker(String mention, String key) {
        return Text.normalise(mention).contains(Text.lastToken(key));
    }

    private static List<Document> roleDocuments(List<Speaker.RoleSeen> roles) {
        return roles.stream().map(r -> new Document("role", r.role).append("seen", r.seen)).toList();
    }

    private static Document mergeDocument(Speaker.Merge merge) {
        return new Document("speakerId", merge.speakerId).append("name", merge.name)
                .append("reason", merge.reason).append("at", merge.at);
    }

    private static Speaker.Merge merge(String speakerId, String name, String reason) {
        Speaker.Merge merge = new Speaker.Merge();
        merge.speakerId = speakerId;
        merge.name = name;
        merge.reason = reason;
        merge.at = Instant.now();
        return merge;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        throw new IllegalArgumentException("no fallback");
    }
}
