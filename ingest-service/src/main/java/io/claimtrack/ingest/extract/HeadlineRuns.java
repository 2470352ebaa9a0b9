package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * "Hillary Will Be Unprecedented", "Trump Addresses Munich Attack": a title-case headline capitalises every word,
 * so its capitalised runs are names only when the text outside its headlines writes them too, or when they read
 * as a person's name, a first name and a word or two ("Cecile Richards Says ...").
 */
final class HeadlineRuns {

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final Map<Sentence, Boolean> headlines = new HashMap<>();
    private final Map<String, Boolean> writtenOutside = new HashMap<>();
    /** Characters the search for a run outside headlines may still read: a text of repeated headlines stays linear. */
    private long budget;

    private HeadlineRuns(AnnotatedDocument doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.budget = (long) ResolutionWindows.HEADLINE_SEARCH_TEXTS * doc.text.length();
    }

    static void drop(AnnotatedDocument doc, Lexicon lexicon) {
        HeadlineRuns runs = new HeadlineRuns(doc, lexicon);
        // The word count before the sentence's search: most names are one word ("Yes" in a text of answers).
        doc.names.removeIf(n -> n.words().size() > 1 && runs.headlineOnly(n));
    }

    /** Whether a name of several words is no person's, stands in a headline and is written nowhere outside headlines. */
    private boolean headlineOnly(Name n) {
        Sentence s = doc.sentenceAt(n.offset());
        return s != null && !personLike(n) && headline(s) && !writtenOutsideHeadlines(n.text());
    }

    private boolean personLike(Name n) {
        return n.words().size() <= ResolutionWindows.HEADLINE_NAME_WORDS && lexicon.isFirstName(n.words().get(0)) || byOfficeHolder(n);
    }

    /**
     * "Briefing by Ministry of Foreign Affairs Spokesperson Tamsin Oduya-Rask": an office after a title's "by" and two
     * words after it name the person the page is by, though the first name is on no list.
     */
    private boolean byOfficeHolder(Name n) {
        if (n.kind() != SpeakerKind.PERSON || n.role().isEmpty() || n.text().split(" ").length != 2) {
            return false;
        }
        int k = doc.tokenAtOrAfter(n.offset());
        String role = n.role().toLowerCase(Locale.ROOT);
        return k > 0 && doc.tokens.get(k - 1).is("by") && lexicon.roles.contains(lexicon.headKey(role.substring(role.lastIndexOf(' ') + 1)));
    }

    /** Once the search budget is spent a run counts as written outside: it stays a name, as before this rule. */
    private boolean writtenOutsideHeadlines(String text) {
        return writtenOutside.computeIfAbsent(text, t -> {
            int from = 0;
            for (int at = doc.text.indexOf(t); at >= 0; at = doc.text.indexOf(t, at + 1)) {
                budget -= at + t.length() - from;
                from = at + 1;
                Sentence s = doc.sentenceAt(at);
                if (budget < 0 || s != null && !headline(s)) {
                    return true;
                }
            }
            budget -= doc.text.length() - from;
            return false;
        });
    }

    /**
     * A title-case headline: a line of its own with every word of more than three letters capitalised, not only most
     * of them as in a lede full of names ("Mayor Piet Holm met the council on Monday.").
     */
    private boolean headline(Sentence s) {
        return headlines.computeIfAbsent(s, this::everyWordCapitalised);
    }

    private boolean everyWordCapitalised(Sentence s) {
        if (!CueStage.titleCased(doc, s) || !blankToBlockEnd(s)) {
            return false;
        }
        for (Token t : doc.tokens(s)) {
            if (t.isWord() && t.text().length() > 3 && !t.isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    private boolean blankToBlockEnd(Sentence s) {
        int end = doc.block(s.block()).end();
        for (int i = s.end(); i < end; i++) {
            if (!Character.isWhitespace(doc.text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
