package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import io.claimtrack.claims.domain.Source;
import io.claimtrack.claims.model.Page;
import io.claimtrack.claims.model.SourceView;

/**
 * Outlets. Every spelling of an outlet maps to one key, computed from the spelling alone (so the
 * order names arrive in does not matter): case, accents and punctuation do not count, a leading
 * "The" neither; a domain ("www.tass.com", "bbc.co.uk") is its name label; a name that starts with
 * an acronym in capitals ("TASS Russian News Agency", "BBC News") is that acronym.
 */
@ApplicationScoped
public class SourceService {

    private static final Pattern DOMAIN = Pattern.compile("^(?:https?://)?(?:www\\.)?([a-z0-9-]+\\.)+[a-z]{2,}/?$");
    private static final Pattern ACRONYM = Pattern.compile("^\\p{Lu}{2,}$");
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac");
    /** Past this many spellings the memory starts again: a newsroom's outlets are far fewer. */
    static final int MOST_REMEMBERED = 10_000;

    /**
     * Spellings this process has recorded. A spelling is never taken off its outlet, so recording it again
     * writes nothing new: skipping the write saves a store command on nearly every post. What this remembers was
     * written before it was remembered, so the flush of any later request's writes covers it.
     */
    private final Set<String> recorded = ConcurrentHashMap.newKeySet();

    /** The outlet's key; null for no outlet. */
    public static String key(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (DOMAIN.matcher(lower).matches()) {
            String[] labels = lower.replaceFirst("^https?://", "").replaceFirst("/$", "").split("\\.");
            int i = labels.length - 2;
            if (i > 0 && SECOND_LEVEL.contains(labels[i])) {
                i--;
            }
            return Text.normalise(labels[i]);
        }
        String[] words = trimmed.split("\\s+");
        if (words.length > 1 && ACRONYM.matcher(words[0]).matches()) {
            return Text.normalise(words[0]);
        }
        String key = Text.normalise(trimmed).replaceFirst("^the ", "");
        return key.isEmpty() ? null : key;
    }

    /** Records the spelling under its outlet; returns the key. */
    public String record(String name) {
        String key = key(name);
        if (key != null && !recorded.contains(name.trim())) {
            Source.mongoCollection().updateOne(eq("_id", key), Updates.combine(
                    Updates.setOnInsert("name", name.trim()),
                    Updates.addToSet("aliases", name.trim())), new UpdateOptions().upsert(true));
            if (recorded.size() >= MOST_REMEMBERED) {
                recorded.clear();
            }
            recorded.add(name.trim());
        }
        return key;
    }

    /** All outlets by name with their current documents and the claims that appeared in them. */
    public Page<SourceView> list() {
        List<Source> sources = Source.<Source>mongoCollection().find().sort(Sorts.ascending("_id"))
                .into(new ArrayList<>());
        // the counts are kept on write (SourceCounts): counting here read every document and appearance
        List<SourceView> items = sources.stream().map(s -> new SourceView(s.name,
                s.aliases.stream().filter(a -> !a.equals(s.name)).toList(), s.documents, s.claims))
                .toList();
        return new Page<>(items, null);
    }
}
