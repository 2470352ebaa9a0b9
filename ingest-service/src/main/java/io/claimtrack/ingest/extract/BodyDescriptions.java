package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "The company said", "the agency added": a description of an organisation stands for the body of that
 * kind the text named last, nearby ("Nordwagen AG is recalling ... The carmaker said"; "Norway ... The
 * country said").
 */
final class BodyDescriptions {

    /** Descriptions of a business, and the words that make a name a business's. */
    private static final Set<String> BUSINESS = WordSet.of("company", "firm", "carmaker", "automaker", "lender", "insurer",
            "retailer", "airline", "manufacturer", "operator", "group", "maker", "giant", "conglomerate", "bank",
            "startup", "chain", "producer", "corporation", "corp", "inc", "ag", "ltd", "llc", "plc", "sa", "gmbh", "nv",
            "se", "ab", "asa", "holdings", "airlines", "motors");
    /** Descriptions of a public body that oversees something, any one for any other. */
    private static final Set<String> OVERSIGHT = WordSet.of("agency", "authority", "regulator", "watchdog", "commission",
            "bureau", "inspectorate");

    /** Descriptions of a country or state: "the country said" is the place named last. */
    private static final Set<String> COUNTRY = WordSet.of("country", "nation");

    private BodyDescriptions() {
    }

    /** The organisation named last within a few paragraphs before the description that it can describe, or null. */
    static Name named(AnnotatedDocument doc, Mention description, String head, Lexicon lexicon) {
        List<Name> names = doc.names;
        for (int j = Name.lastBefore(names, description.start());
                j >= 0 && description.start() - names.get(j).offset() < Windows.TITLED_NAME_CHARS; j--) {
            Name n = names.get(j);
            // A name of the description's word alone ("Police", "the Commission") says no more than it does.
            if (n.kind() == SpeakerKind.ORGANIZATION && (describes(head, n.words()) || COUNTRY.contains(head) && lexicon.isPlace(n.text())) && !n.words().equals(List.of(head))) {
                return n;
            }
        }
        return null;
    }

    private static boolean describes(String head, List<String> name) {
        if (name.contains(head)) {
            // "the ministry" for "the Interior Ministry".
            return true;
        }
        if (BUSINESS.contains(head)) {
            return name.stream().anyMatch(BUSINESS::contains);
        }
        return OVERSIGHT.contains(head) && name.stream().anyMatch(OVERSIGHT::contains);
    }
}
