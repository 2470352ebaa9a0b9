package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who holds which office for which state, per document: "the Permanent Representative of the Republic of Orvania to
 * the United Nations, Ambassador Lise Tamm," is Orvania's representative; "Lysian Foreign Minister Nikos Varelas" the
 * Lysian foreign minister. Representatives are read in one pass over the names, when a description first asks for
 * one; any other office for a place is asked of the titled people ({@link TitledNames#titledOnly}) once, however many
 * descriptions ask it. Built once per document by {@link ResolutionStage}; read by {@link StateRepresentatives} and
 * {@link Counterparts}.
 */
final class StateOffices {

    /** A state's formal name, of which the last word is the state's own: "the Republic of Orvania" → "Orvania". */
    static final String STATE = "(?:the )?((?:\\p{Lu}[\\p{L}-]* (?:of )?)*\\p{Lu}[\\p{L}-]*)";
    /** "(Permanent) Representative of the Republic of Orvania (to the United Nations), (Ambassador) " before a name. */
    private static final Pattern BEFORE = Pattern.compile("[Rr]epresentative of " + STATE + "(?: to [^,]{1,60})?, (?:\\p{Lu}\\p{L}*\\.? )?$");
    /** ", (the) (Deputy Permanent) Representative of Orvania" after a name: a deputy represents the state too. */
    private static final Pattern AFTER = Pattern.compile("^, (?:the )?(?:(?:\\p{Lu}\\p{L}*|permanent|deputy) )*[Rr]epresentative of " + STATE);
    /** How far before a name its title of representative may start: one long formal title. */
    private static final int TITLE_CHARS = 160;
    /** Several people named for one state: no one. */
    private static final String SEVERAL = "";

    private final AnnotatedDocument doc;
    private final TitledNames titledNames;
    private final TitledPeople titled;
    private final NameIndex names;
    /** By state (the last word of its name), the one person named its representative, or {@link #SEVERAL}; null until asked. */
    private Map<String, String> representatives;
    /** By office and place ("foreign minister", "Lysian "), the one person the document gives it; filled as asked. */
    private final Map<String, Map<String, Optional<String>>> holders = new HashMap<>();

    StateOffices(AnnotatedDocument doc, TitledNames titledNames, TitledPeople titled, NameIndex names) {
        this.doc = doc;
        this.titledNames = titledNames;
        this.titled = titled;
        this.names = names;
    }

    /** Whether the text names anyone a state's representative. */
    boolean namesRepresentatives() {
        return !representatives().isEmpty();
    }

    /** The one person the text names the representative of this state (its name's last word counts); null if none or several. */
    String representative(String state) {
        return one(representatives().get(Name.afterLastSpace(state)));
    }

    /** The one representative the text names, when it names one for a single state; null otherwise. */
    String onlyRepresentative() {
        Map<String, String> byState = representatives();
        return byState.size() == 1 ? one(byState.values().iterator().next()) : null;
    }

    /**
     * The one person the document gives {@code office} for {@code place} ("Lysian ", its capitalised words with a space
     * after each), as {@link TitledNames#titledOnly} finds them for a description at {@code a}; null if none or several.
     * Found once per office and place: the search reads every titled person of the document.
     */
    String holder(String office, String place, Attribution a) {
        return holders.computeIfAbsent(office, o -> new HashMap<>()).computeIfAbsent(place, p -> Optional.ofNullable(
                titledNames.titledOnly(doc, "the " + place + office, a.block, a.mention.start(), false, DescriptionHeads.headWord(office),
                        titled, names))).orElse(null);
    }

    private static String one(String person) {
        return person == null || person.equals(SEVERAL) ? null : person;
    }

    /** The representatives the text names, each by the title before or after the name; one pass over the names. */
    private Map<String, String> representatives() {
        if (representatives != null) {
            return representatives;
        }
        representatives = new HashMap<>();
        if (!doc.text.contains("epresentative of ")) {
            return representatives;
        }
        for (Name n : doc.names) {
            // A lone capitalised word is no name in apposition: "On 4 May, the Permanent Representative of Orvania".
            if (n.kind() != SpeakerKind.PERSON || n.words().size() < 2) {
                continue;
            }
            // A name's offset is its title's ("Ambassador Lise Tamm"): the title after it follows the name's own words.
            int end = Math.max(n.offset(), doc.text.indexOf(n.text(), n.offset())) + n.text().length();
            Matcher before = BEFORE.matcher(doc.text(Math.max(0, n.offset() - TITLE_CHARS), n.offset()));
            Matcher after = AFTER.matcher(doc.text(end, Math.min(doc.text.length(), end + TITLE_CHARS)));
            String state = before.find() ? before.group(1) : after.find() ? after.group(1) : null;
            if (state != null) {
                String person = names.expand(n.text(), SpeakerKind.PERSON, n.offset());
                representatives.merge(Name.afterLastSpace(state), person, (was, now) -> was.equals(now) ? was : SEVERAL);
            }
        }
        return representatives;
    }
}
