package io.claimtrack.ingest.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The gender one document's names show: by their words (honorifics, gendered titles, first names), by the pronouns
 * the document uses after them ({@link DocumentGender}), and by the honorifics it puts before a lone surname. Part of
 * {@link NameIndex}, which answers for it.
 */
final class NameGenders {

    private final Lexicon lexicon;
    /** The gender the document's pronouns show for names whose words show none ({@link DocumentGender}). */
    private final Map<String, Gender> shown;
    private final Surnames surnames;
    /** The gender of the honorifics the text puts before each lone surname ("Mr. Obama"), when they agree. */
    private final Map<String, Gender> honorificSurnames = new HashMap<>();
    /**
     * The gender each name's words show ({@link Gender#of}), by its text, read once: a description asks it of every
     * name within reach, each asking split the name again.
     */
    private final Map<String, Optional<Gender>> byWords = new HashMap<>();

    /** {@code distinct}: the document's names, the first of each text. */
    NameGenders(Collection<Name> distinct, Lexicon lexicon, Map<String, Gender> shown) {
        this.lexicon = lexicon;
        this.shown = shown;
        this.surnames = new Surnames(distinct);
        Set<String> mixed = new HashSet<>();
        for (Name n : distinct) {
            Gender g = NameIndex.HONORIFIC_PREFIX.matcher(n.text()).lookingAt() ? Gender.ofHonorific(n.text()) : null;
            if (g != null && n.words().size() == 1 && !mixed.contains(n.words().get(0))
                    && honorificSurnames.merge(n.words().get(0), g, (a, b) -> a == b ? a : null) == null) {
                // "Mr. Clinton" and "Mrs. Clinton": the honorifics tell nothing of a bare "Clinton".
                mixed.add(n.words().get(0));
            }
        }
    }

    /** The gender the honorifics before a lone surname (a lower-case word) agree on; null if none or mixed. */
    Gender ofHonorificSurname(String surname) {
        return honorificSurnames.get(surname);
    }

    /**
     * The gender a name's words show, else the one the document's pronouns show for it, else the one they show
     * for its surname opening a sentence ("Sanders said he") when no one else is named in full with it; null if
     * none.
     */
    Gender gender(String name) {
        Gender g = wordsGender(name);
        if (g != null || (g = shown.get(name)) != null) {
            return g;
        }
        String surname = Name.lastWord(Name.words(name));
        return surname.isEmpty() || surnames.fullBearers(surname) > 1 ? null : shown.get(surname);
    }

    /**
     * The gender a name's words show, unless the document's own pronoun overturns the list that gave it ("Janis
     * Petersons reported ... In his words"); null if its words show none.
     */
    Gender wordsGender(String name) {
        Gender g = listed(name);
        return g == null ? null : shown.getOrDefault(name, g);
    }

    /** The gender a name's words show by the lists alone ({@link Gender#of}); null if none. */
    Gender listed(String name) {
        return byWords.computeIfAbsent(name, n -> Optional.ofNullable(Gender.of(n, lexicon))).orElse(null);
    }
}
