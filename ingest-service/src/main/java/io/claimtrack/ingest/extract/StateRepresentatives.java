package io.claimtrack.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the Permanent Representative of the Republic of Orvania to the United Nations, Ambassador Lise Tamm, ... The
 * delegation of Orvania recalled ...": a state's delegation, and its representative, speak as the one person the text
 * names as that state's representative ({@link StateOffices#representative}); a bare "the delegation" or "the Permanent
 * Representative" as the one representative the text names, when it names one for a single state. Part of
 * {@link ResolutionStage}.
 */
final class StateRepresentatives {

    /** "The delegation (of Orvania)", "The (Permanent) Representative (of Orvania) (to the United Nations)", the whole mention. */
    private static final Pattern MENTION = Pattern.compile("[Tt]he (?:delegation|(?:[Pp]ermanent )?[Rr]epresentative)(?: of "
            + StateOffices.STATE + ")?(?: to .+)?");

    private StateRepresentatives() {
    }

    /**
     * The person a delegation or representative mention stands for: its state's one named representative; with no state,
     * the one representative the text names, if it names one for a single state; null otherwise.
     */
    static String speakerFor(StateOffices offices, Mention m) {
        Matcher d = m == null || m.hasName() && !ownWords(m, m.name()) ? null : MENTION.matcher(m.text());
        if (d == null || !d.matches()) {
            return null;
        }
        return d.group(1) != null ? offices.representative(d.group(1)) : offices.onlyRepresentative();
    }

    /**
     * Whether {@code speaker} is mention {@code m}'s own words, with or without their article: "delegation" heads a
     * body's name, so "The delegation of Orvania" is named "delegation of Orvania" by its words and by no one else.
     */
    static boolean ownWords(Mention m, String speaker) {
        int article = m.text().indexOf(' ');
        return m.text().equals(speaker) || article > 0 && m.text().substring(article + 1).equals(speaker);
    }
}
