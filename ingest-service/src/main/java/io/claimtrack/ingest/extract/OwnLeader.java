package io.claimtrack.ingest.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A government readout's own head of state or government: the subject of its lede, named bare by the leader's own
 * press service ("Andrei Voloshen held talks with President of the Republic of Dravia Tomas Keller") or with the
 * title of his country ("On 3 December, the President of the Republic of Ismar, Kemal Arslan, held ..."). The
 * readout then calls him "the President", "the head of state", "the leader" or "the President of Lusenia" even
 * when the other leader was named last. Read once per document; part of {@link ResolutionStage}.
 */
final class OwnLeader {

    private final DescriptionFit fit;
    /** The leader, as the text names him in full; null when the document is no readout of its own leader. */
    private final String person;
    /** The office he holds, as given with his name or, named bare, {@link #officeNamedBare}. */
    private final String office;
    /** Which state he leads, by qualifier keys; empty when the lede names him bare. */
    private final Set<String> country;
    /** The states the document gives other leaders of, by qualifier keys. */
    private final Set<String> others = new HashSet<>();

    private OwnLeader(DescriptionFit fit, String person, String office, Set<String> country) {
        this.fit = fit;
        this.person = person;
        this.office = office;
        this.country = country;
    }

    static OwnLeader of(AnnotatedDocument doc, Lexicon lexicon, DescriptionFit fit, NameIndex names) {
        OwnLeader own = new OwnLeader(fit, null, "", Set.of());
        Sentence lede = doc.lede();
        if (lede == null) {
            return own;
        }
        Name subject = null;
        Name guest = null;
        for (int j = Name.lastBefore(doc.names, lede.start()) + 1; j < doc.names.size() && doc.names.get(j).offset() < lede.end(); j++) {
            Name n = doc.names.get(j);
            if (n.kind() != SpeakerKind.PERSON || n.words().size() < 2) {
                continue;
            }
            if (subject == null) {
                subject = n;
            } else if (guest == null && leadsAState(lexicon, n.role())) {
                guest = n;
            }
        }
        if (subject == null || !beforeVerb(doc, subject)) {
            return own;
        }
        if (leadsAState(lexicon, subject.role())) {
            own = new OwnLeader(fit, names.expand(subject.text(), SpeakerKind.PERSON, subject.offset()),
                    subject.role(), fit.states(subject.role()));
        } else if (subject.role().isEmpty() && guest != null && subject.offset() == lede.start()) {
            // Only his own press service names a leader bare as the subject of a meeting with a titled one.
            own = new OwnLeader(fit, names.expand(subject.text(), SpeakerKind.PERSON, subject.offset()),
                    officeNamedBare(doc, lexicon, fit, guest.role()), Set.of());
        }
        if (own.person != null) {
            // Each title's states once: a long readout gives the same few titles again and again.
            Set<String> read = new HashSet<>();
            for (Name n : doc.names) {
                // By surname: expanding every titled name would read every other bearer of it.
                if (n.kind() == SpeakerKind.PERSON && !read.contains(n.role()) && leadsAState(lexicon, n.role())
                        && !Name.lastWord(n.words()).equals(Name.lastWord(subject.words()))) {
                    read.add(n.role());
                    own.others.addAll(fit.states(n.role()));
                }
            }
            own.others.removeAll(own.country);
        }
        return own;
    }

    /**
     * The leader, for a definite description of his office that names no state or his own ("the President", "The
     * head of state", "the Lusenian leader"), or, named bare, no state another leader of the document leads; else null.
     */
    String holder(Mention m) {
        String text = m.text();
        if (person == null || m.hasName() || m.kind() != SpeakerKind.PERSON || !text.regionMatches(true, 0, "the ", 0, 4)
                || text.indexOf('\'') >= 0 || text.indexOf('’') >= 0) {
            return null;
        }
        String head = DescriptionHeads.headWord(text);
        // "the former president", "the vice president" hold another office.
        if (!fit.sameKindOfOffice(head, office.toLowerCase(Locale.ROOT))
                || Name.words(text).stream().anyMatch(DescriptionFit.OTHER_OFFICE::contains)) {
            return null;
        }
        Set<String> of = fit.states(text);
        if (of.isEmpty()) {
            return person;
        }
        return country.isEmpty() ? (of.stream().anyMatch(others::contains) ? null : person)
                : of.stream().anyMatch(country::contains) ? person : null;
    }

    /**
     * The office of a leader named bare: the one a bare description of the readout names ("The President") that his
     * guest's title ("Prime Minister of ...") is not, else the guest's, as presidents meet presidents.
     */
    private static String officeNamedBare(AnnotatedDocument doc, Lexicon lexicon, DescriptionFit fit, String guestOffice) {
        String guest = guestOffice.toLowerCase(Locale.ROOT);
        for (Attribution a : doc.attributions) {
            Mention m = a.mention;
            if (m == null || m.hasName() || m.kind() != SpeakerKind.PERSON || !m.text().regionMatches(true, 0, "the ", 0, 4)
                    || !fit.states(m.text()).isEmpty()) {
                continue;
            }
            String office = m.text().substring(4).toLowerCase(Locale.ROOT);
            String head = DescriptionHeads.headWord(m.text());
            // "the head of state" and "the leader" name any such office, so no other one.
            if (Name.words(office).size() <= 2 && !"leader".equals(head) && !fit.sameKindOfOffice(head, guest)
                    && (lexicon.titles.roleFits("head of state", office) || lexicon.titles.roleFitsForPlace("leader", office))) {
                return office;
            }
        }
        return guestOffice;
    }

    /** A head of state's or government's title held of a place: "President of the Republic of Dravia", "Prime Minister of X". */
    static boolean leadsAState(Lexicon lexicon, String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        return lower.contains(" of ") && (lexicon.titles.roleFits("head of state", lower) || lexicon.titles.roleFitsForPlace("leader", lower));
    }

    /** The name is the subject: a verb in lower case follows it, after the comma that closes an apposition. */
    static boolean beforeVerb(AnnotatedDocument doc, Name n) {
        int at = doc.text.indexOf(n.text(), n.offset());
        if (at < 0) {
            return false;
        }
        int i = at + n.text().length();
        while (i < doc.text.length() && (doc.text.charAt(i) == ' ' || doc.text.charAt(i) == ',')) {
            i++;
        }
        return i < doc.text.length() && Character.isLowerCase(doc.text.charAt(i));
    }
}
