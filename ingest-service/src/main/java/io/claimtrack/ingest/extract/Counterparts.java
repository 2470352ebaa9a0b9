package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Belkara's foreign minister accused Lysos ..., while his Lysian counterpart said": a counterpart holds the office of
 * the person "his" refers to, the speaker of the statement just before, for the description's own country; so it is
 * the one person the document gives that office with that place ("Lysian Foreign Minister Nikos Varelas"), not whoever
 * else the text once called someone's "Lysian counterpart". Part of {@link ResolutionStage}.
 */
final class Counterparts {

    private static final String HEAD = "counterpart";

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final TitledNames titledNames;
    /** Each statement's place in the document, found when the first counterpart asks. */
    private Map<Attribution, Integer> index;
    /** The holder found for each office and place: the search reads every titled person of the document. */
    private final Map<String, Optional<String>> holders = new HashMap<>();

    Counterparts(AnnotatedDocument doc, Lexicon lexicon, TitledNames titledNames) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.titledNames = titledNames;
    }

    /** Whether a description is someone's counterpart: its office is another person's. */
    static boolean isCounterpart(String description) {
        return HEAD.equals(DescriptionFit.headWord(description));
    }

    /**
     * The holder of the office of the person who spoke last before {@code a}, in its paragraph or the one before, for
     * the place the description names ("his Lysian counterpart"); null if the description names no place, that
     * speaker has no title with an office, or the document gives the office for that place to no one or to several.
     */
    String holder(Attribution a, Function<String, String> titleOf, TitledNames.Titled titled, NameIndex names) {
        StringBuilder place = new StringBuilder();
        for (String w : a.mention.text().split(" ")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !lexicon.isRoleWord(lower)
                    && !Lexicon.POSSESSIVES.contains(lower) && !Lexicon.DETERMINERS.contains(lower)) {
                place.append(w).append(' ');
            }
        }
        Attribution possessor = place.isEmpty() ? null : previousPerson(a);
        String office = possessor == null ? "" : office(titleOf.apply(possessor.speaker));
        if (office.isEmpty()) {
            return null;
        }
        String description = "the " + place + office;
        return holders.computeIfAbsent(description, d -> Optional.ofNullable(
                titledNames.titledOnly(doc, d, a.block, DescriptionFit.headWord(office), titled, names))).orElse(null);
    }

    /** The last statement before {@code a}, in its paragraph or the one before, whose speaker is a person; null if none. */
    private Attribution previousPerson(Attribution a) {
        if (index == null) {
            index = new IdentityHashMap<>();
            for (int i = 0; i < doc.attributions.size(); i++) {
                index.put(doc.attributions.get(i), i);
            }
        }
        int at = index.getOrDefault(a, 0);
        for (int j = at - 1; j >= 0 && j >= at - Windows.RESOLUTION_STATEMENTS; j--) {
            Attribution o = doc.attributions.get(j);
            if (o.block < a.block - 1) {
                return null;
            }
            if (o.kind == SpeakerKind.PERSON && o.speaker != null && !o.nested && o.contentStart < a.contentStart
                    && (o.mention == null || !isCounterpart(o.mention.text()))) {
                return o;
            }
        }
        return null;
    }

    /** "belkaran foreign minister" → "foreign minister": the title's run of office words, without whose it is. */
    private String office(String title) {
        List<String> words = Name.words(title);
        int from = 0;
        while (from < words.size() && !lexicon.isRoleWord(words.get(from))) {
            from++;
        }
        int to = from;
        while (to < words.size() && lexicon.isRoleWord(words.get(to))) {
            to++;
        }
        return to > from && lexicon.roles.contains(words.get(to - 1)) ? String.join(" ", words.subList(from, to)) : "";
    }
}
