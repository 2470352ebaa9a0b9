package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Objects that make a verb of position a decision or an application on a thing, no position taken: a choice or a
 * building rejected ("Holm rejected that option last week", headline "Planning board rejects 90-foot mast"), a
 * building proposed by its count or measure ("The builder has proposed 90 flats on the site"), and a winner announced
 * ("The show committee announced this year's best-in-show champion"). "rejected the claim", "proposed a joint fund"
 * and "announced the closure" stay positions and news. Asked by {@link NothingSaid}.
 */
final class ThingsDecided {

    /** The choices of one deciding: "rejected that option", "rejected both alternatives". */
    private static final Set<String> CHOICES = WordSet.of("option", "options", "alternative", "alternatives");
    /** Things built that a board rules on or a builder applies for. */
    private static final Set<String> BUILT = WordSet.of("tower", "towers", "mast", "masts", "house", "houses", "home",
            "homes", "flats", "apartments", "units", "building", "buildings", "warehouse", "warehouses", "mall", "hotel",
            "stadium", "subdivision", "turbines", "pipeline", "quarry", "mine", "incinerator", "extension", "storeys",
            "stories");
    /** Who a result names: "announced the winners", "announced this year's grand champion steer". */
    private static final Set<String> WINNERS = WordSet.of("winner", "winners", "champion", "champions", "finalists",
            "laureate", "laureates", "recipient", "recipients");

    private ThingsDecided() {
    }

    /** Whether the cue word {@code w}, its object starting at {@code next}, decides on a thing or names a winner. */
    static boolean at(List<Token> t, String w, int next, Sentence s) {
        // "that option", "this year's champion": a demonstrative, no clause, opens the object.
        int object = next < s.endToken() && (t.get(next).is("that") || t.get(next).is("this")) ? next + 1 : next;
        if (w.startsWith("reject")) {
            return PositionObjects.headWithin(t, object, s, CHOICES) || PositionObjects.headWithin(t, object, s, BUILT);
        }
        if (w.startsWith("propos")) {
            return PositionObjects.headWithin(t, next, s, BUILT) && measured(t, next, s);
        }
        return w.startsWith("announc") && PositionObjects.headWithin(t, object, s, WINNERS);
    }

    /** "90 flats", "a 12-storey tower": a count or a measure before the object's noun. */
    private static boolean measured(List<Token> t, int next, Sentence s) {
        for (int k = next; k < Math.min(s.endToken(), next + Windows.NOUN_PHRASE_WORDS); k++) {
            if (t.get(k).type() == Token.Type.NUMBER || Character.isDigit(t.get(k).text().charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
