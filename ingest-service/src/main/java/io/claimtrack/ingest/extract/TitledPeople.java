package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The people the text gives a title, with a name ("Gov. Harriet Lind") or in apposition to a speaker's name ("A
 * lawyer for the Fenwick family, Geraldine Obi, said"), and the places it names alone: found once per document.
 */
final class TitledPeople {

    private final AnnotatedDocument doc;
    private final DescriptionFit fit;
    private final List<Name> titledPeople;
    private List<Name> people;
    private PeopleByRole peopleByRole;
    private PeopleByRole titledByRole;
    private Set<String> namedAlone;

    TitledPeople(AnnotatedDocument doc, List<Name> titledPeople, DescriptionFit fit) {
        this.doc = doc;
        this.fit = fit;
        this.titledPeople = titledPeople;
    }

    AnnotatedDocument doc() {
        return doc;
    }

    /** Read when the first description asks: most documents have none. */
    List<Name> people() {
        if (people == null) {
            people = new ArrayList<>(titledPeople);
            for (Attribution b : doc.attributions) {
                Mention m = b.mention;
                if (m != null && m.hasName() && m.kind() == SpeakerKind.PERSON && !m.role().isEmpty()) {
                    people.add(new Name(m.name(), SpeakerKind.PERSON, m.role(), m.start()));
                }
            }
        }
        return people;
    }

    /** {@link #people()} by role, read when the first description asks. */
    PeopleByRole peopleByRole() {
        if (peopleByRole == null) {
            peopleByRole = new PeopleByRole(people());
        }
        return peopleByRole;
    }

    /** The people named with a title in their phrase, by role, read when the first description asks. */
    PeopleByRole titledByRole() {
        if (titledByRole == null) {
            titledByRole = new PeopleByRole(titledPeople);
        }
        return titledByRole;
    }

    /**
     * The qualifier keys of the one-word names the story gives outside its headlines ("Calder and Ostrava are
     * close"): places and bodies, not a headline's first word ("New police chief says").
     */
    Set<String> namedAlone() {
        if (namedAlone == null) {
            namedAlone = new HashSet<>();
            for (Name n : doc.names) {
                Sentence s = n.words().size() == 1 && n.role().isEmpty() ? doc.sentenceAt(n.offset()) : null;
                if (s != null && doc.block(s.block()).kind() != Block.Kind.HEADLINE) {
                    namedAlone.addAll(fit.qualifiers(n.text()));
                }
            }
        }
        return namedAlone;
    }
}
