package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Where a clause's subject starts and what stands between a subject and its verb: a dateline, an opening
 * adverbial, adverbs, a catenative before an infinitive cue, and the boundaries a speaker phrase starts after.
 */
final class ClauseShapes {

    /** Words that open a clause of their own; a speaker phrase starts after them. */
    static final Set<String> CLAUSE_WORDS = Set.of("that", "and", "but", "while", "as", "when", "because",
            "after", "before", "since", "although", "though", "so", "where", "if", "whereas");

    /** First words of an adverbial that may open a sentence before its subject. */
    private static final Set<String> ADVERBIAL_OPENERS = Set.of("later", "earlier", "shortly", "now", "then", "last",
            "next", "this", "after", "before", "during", "since", "following", "in", "on", "at", "when", "while",
            "once", "meanwhile", "separately", "again", "instead", "however", "still", "yet", "also", "moreover",
            "similarly", "likewise", "nonetheless", "nevertheless", "indeed", "by", "for", "with", "as", "unlike",
            "despite", "like", "amid", "among");

    private ClauseShapes() {
    }

    /**
     * Where a sentence's subject starts: after a newspaper dateline ("WASHINGTON — Sen. Ruth Gale ...") and
     * after an opening adverbial closed by a comma ("Later in the day, she ...", "Speaking in Ohio, Gale
     * ...", "Asked about the vote, the senator ..."), which name no one who speaks.
     */
    static int subjectStart(List<Token> tokens, int first, int limit) {
        first = afterDateline(tokens, first, limit);
        Token opener = tokens.get(first);
        String w = opener.lower();
        boolean adverbial = ADVERBIAL_OPENERS.contains(w) || Mentions.isDateWord(w)
                || opener.isCapitalized() && !opener.isAllCaps() && w.length() > 4 && (w.endsWith("ing") || w.endsWith("ed"));
        int start = adverbial ? afterAdverbial(tokens, first, limit) : first;
        while (start > first && start < limit - 1 && ADVERBIAL_OPENERS.contains(tokens.get(start).lower())) {
            // "On Thursday, after weeks of silence, Warren ...": a second adverbial before the subject.
            int next = afterAdverbial(tokens, start, limit);
            if (next == start) {
                break;
            }
            start = next;
        }
        return start;
    }

    /** Where the subject starts after the adverbial opening at {@code first} and closed by a comma, or {@code first}. */
    private static int afterAdverbial(List<Token> tokens, int first, int limit) {
        for (int c = first + 1; c < limit - 1 && c - first < Windows.OPENING_ADVERBIAL_TOKENS; c++) {
            Token t = tokens.get(c);
            if (t.is(",")) {
                return afterPlace(tokens, c + 1, limit);
            }
            if (t.type() == Token.Type.QUOTE || t.type() == Token.Type.PUNCT && !t.is(".")) {
                break;
            }
        }
        return first;
    }

    /** "WASHINGTON — Sen. Ruth Gale ...": where the sentence starts after a newspaper dateline. */
    static int afterDateline(List<Token> tokens, int first, int limit) {
        int k = first;
        while (k < limit && tokens.get(k).isWord() && tokens.get(k).isAllCaps()) {
            k++;
        }
        return k > first && k + 1 < limit && (tokens.get(k).is("—") || tokens.get(k).is("–") || tokens.get(k).is("―"))
                ? k + 1 : first;
    }

    /**
     * "Speaking in Salem, New Hampshire, Trump ...": the state or country after a place closes the adverbial
     * when another capitalised word follows its comma; "in Salem, Trump, who ..." keeps "Trump".
     */
    private static int afterPlace(List<Token> tokens, int from, int limit) {
        if (!tokens.get(from - 2).isCapitalized()) {
            return from;
        }
        int k = from;
        while (k < limit && tokens.get(k).isWord() && tokens.get(k).isCapitalized() && k - from < Windows.PLACE_AFTER_PLACE_TOKENS) {
            k++;
        }
        return k > from && k + 1 < limit && tokens.get(k).is(",") && tokens.get(k + 1).isCapitalized() ? k + 1 : from;
    }

    /**
     * "continues to insist", "went on to say", "has begun to argue": when {@code p} is the "to" of an infinitive
     * cue after a catenative verb, the index before that verb (and its "on"); {@code p} otherwise.
     */
    static int infinitiveAfter(List<Token> tokens, int p, int first) {
        if (p - 1 < first || !tokens.get(p).is("to")) {
            return p;
        }
        int k = p - 1;
        if (tokens.get(k).is("on") && k - 1 >= first) {
            k--;
        }
        Token verb = tokens.get(k);
        boolean catenative = Lexicon.CATENATIVES.contains(verb.lower()) && !verb.isCapitalized()
                && (verb.is("went") || verb.is("go") || verb.is("goes") || verb.is("gone")) == (k < p - 1);
        return catenative ? k - 1 : p;
    }

    /** The first token at or after {@code p} that is no adverb; {@code end} when there is none. */
    static int skipAdverbsRight(List<Token> tokens, int p, int end) {
        while (p < end && isAdverb(tokens.get(p))) {
            p++;
        }
        return Math.min(p, end - 1);
    }

    private static boolean isAdverb(Token t) {
        return Lexicon.ADVERBS.contains(t.lower()) && !t.isCapitalized()
                || t.isWord() && !t.isCapitalized() && t.lower().endsWith("ly") && t.lower().length() > 4;
    }

    static int skipAdverbsLeft(List<Token> tokens, int p, int first) {
        while (p >= first) {
            Token t = tokens.get(p);
            // Inside a sentence a capitalised "May" or "Will" is a name ("Theresa May said"), not a modal.
            boolean name = p > first && t.isCapitalized() && !t.isAllCaps();
            if (Lexicon.ADVERBS.contains(t.lower()) && !name || (t.isWord() && !t.isCapitalized() && t.lower().endsWith("ly")
                    && t.lower().length() > 4)) {
                p--;
            } else if (PerfectAdverbials.auxiliaryBefore(tokens, p, first) < p) {
                p = PerfectAdverbials.auxiliaryBefore(tokens, p, first);
            } else {
                break;
            }
        }
        return p;
    }

    /**
     * Whether a phrase starting at token {@code start} opens its clause: at the sentence's first token, after a
     * boundary, or after a word that only opens the sentence ("Even Norway, a close partner, said").
     */
    static boolean opensClause(AttributionContext ctx, int start, int first) {
        return start == first || isBoundary(ctx.tokens.get(start - 1))
                || start - 1 == first && PhraseShapes.sentenceOpener(ctx.doc, ctx.tokens.get(first));
    }

    /** Punctuation, a quotation mark or a clause word: where a speaker phrase may begin after. */
    static boolean isBoundary(Token t) {
        return ",;:—–(-".contains(t.text()) && t.text().length() == 1 || t.type() == Token.Type.QUOTE
                || CLAUSE_WORDS.contains(t.lower());
    }
}
