package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Words written down or borne by a thing, no one's statement: "wrote it on the whiteboard", "signs reading “Open late”",
 * "a wall panel described it as". Part of {@link SceneActs}.
 */
final class DisplayedWords {

    /** A thing written about as an object, with no words of its own: "wrote it on the whiteboard". */
    private static final Set<String> WRITTEN_THINGS = WordSet.of("it", "them", "this");
    /** Where or how a thing is written down: "wrote it on the board", "wrote them down". */
    private static final Set<String> WRITTEN_WHERE = WordSet.of("on", "onto", "in", "into", "down", "up", "across", "over",
            "under", "above", "below", "beside", "out", "off", "at");
    /** Things that bear words rather than say them: "signs reading", "a T-shirt that read". */
    private static final Set<String> DISPLAYS = WordSet.of("sign", "signs", "banner", "banners", "placard", "placards",
            "poster", "posters", "plaque", "plaques", "t-shirt", "t-shirts", "shirt", "shirts", "sticker", "stickers",
            "billboard", "billboards", "badge", "badges", "button", "buttons", "graffiti", "hat", "hats", "cap", "caps",
            "mug", "mugs", "tattoo", "tattoos", "sweatshirt", "sweatshirts", "hoodie", "hoodies", "stamp", "stamps",
            "postmark", "postmarks", "label", "labels", "inscription", "inscriptions");
    /** What makes a panel one that bears words: "a wall panel", "an information panel". */
    private static final Set<String> PANEL_KINDS = WordSet.of("wall", "display", "information", "interpretive", "exhibit",
            "exhibition", "museum", "gallery");

    /**
     * Notes that bear words only where a participle puts them up: "a note taped to the till", "a notice pinned to the
     * door"; "a note to clients said", "a notice issued by the council" are documents that speak for their makers.
     */
    private static final Set<String> NOTES = WordSet.of("note", "notes", "notice", "notices", "card", "cards");
    /** How a note is put up: "taped", "pinned", "tacked", "stuck". */
    private static final Set<String> NOTE_PLACING = WordSet.of("taped", "pinned", "tacked", "stuck", "glued", "hung",
            "hanging", "scrawled", "posted");
    /** How a display is put up, besides the "-ed" forms: "a banner hung in", "a sign stuck to". */
    private static final Set<String> PLACING = WordSet.of("hung", "hanging", "strung", "stuck");

    private DisplayedWords() {
    }

    /** A participle that puts a display where it is: "taped", "hung", "strung". */
    private static boolean placed(Token t) {
        return t.lower().endsWith("ed") || PLACING.contains(t.lower());
    }

    /** "a sign taped", "a note pinned": a display, or a note, and the participle that puts it up. */
    private static boolean placedDisplay(Token display, Token participle) {
        return DISPLAYS.contains(display.lower()) && placed(participle)
                || NOTES.contains(display.lower()) && NOTE_PLACING.contains(participle.lower());
    }

    /** "wrote it on the whiteboard", "wrote them down": a thing written about as an object, with no words of its own. */
    static boolean writtenDown(List<Token> t, int next, Sentence s) {
        return next + 1 < s.endToken() && WRITTEN_THINGS.contains(t.get(next).lower())
                && WRITTEN_WHERE.contains(t.get(next + 1).lower());
    }

    /**
     * "has posted signs at every gate that read", "posted a banner": a display put up is an act; its words are the
     * display's, no one's statement.
     */
    static boolean postedDisplay(List<Token> t, int next, Sentence s) {
        for (int k = next; k < Math.min(s.endToken(), next + Windows.NOUN_PHRASE_WORDS); k++) {
            if (!t.get(k).isWord()) {
                return false;
            }
            if (DISPLAYS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "signs reading “...”", "a banner that read": the word's subject, right before it, is a thing that bears words, or
     * one placed where a few words say ("a handwritten sign on the door read", "a sign taped to the door read", "A banner
     * hung in the stairwell for the last show read").
     */
    static boolean displayed(List<Token> t, int i, Sentence s) {
        int k = i - 1;
        if (k > s.firstToken() && FunctionWords.THING_RELATIVES.contains(t.get(k).lower())) {
            k--;
        }
        if (k >= s.firstToken() && (DISPLAYS.contains(t.get(k).lower()) || displayPanel(t, k, s))) {
            return true;
        }
        for (int p = k; p > s.firstToken() && p >= k - Windows.DETERMINED_PHRASE_TOKENS && t.get(p).isWord(); p--) {
            if (WRITTEN_WHERE.contains(t.get(p).lower())) {
                // "a handwritten sign on the door", "A banner hung in the stairwell": placed there, by a past or not.
                return DISPLAYS.contains(t.get(p - 1).lower()) || p - 2 >= s.firstToken()
                        && placedDisplay(t.get(p - 2), t.get(p - 1));
            }
            // "a sign taped to the door read", "a note taped to the till reads": a display placed by a participle.
            if (placedDisplay(t.get(p), t.get(p + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a wall panel", "the room where a panel described": a panel bearing words, named so by its modifier or standing in
     * a place's relative clause. "a panel of experts", "the review panel" are bodies.
     */
    private static boolean displayPanel(List<Token> t, int k, Sentence s) {
        if (!t.get(k).is("panel") && !t.get(k).is("panels")) {
            return false;
        }
        int before = k - 1;
        if (before >= s.firstToken() && PANEL_KINDS.contains(t.get(before).lower())) {
            return true;
        }
        if (before >= s.firstToken() && FunctionWords.ARTICLES.contains(t.get(before).lower())) {
            before--;
        }
        return before >= s.firstToken() && t.get(before).is("where");
    }
}
