package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Varnia and Oslund agreed to reopen their embassies, the two governments said in a joint statement. ... The
 * ambassadors will be named by June, the joint statement said.": a document read again by the words a statement was
 * said in is that statement's speaker's, as resolved, whoever the sentence opened with (a dateline, a trailing cue's
 * clause) and however the speaker was named ("the two governments" for the two states). A modified document ("the
 * joint statement", "the annual report") names the one document anywhere in the text; a bare one ("the statement", "the
 * page" after "according to Pellcom's status page") only within {@link ResolutionWindows#TITLED_NAME_CHARS}. Read once per document, after the other rules of {@link ResolutionStage}.
 */
final class SaidInDocuments {

    private SaidInDocuments() {
    }

    /** Gives each document statement still spoken by its own words the speaker of the statement said in it. */
    static void apply(AnnotatedDocument doc, Lexicon lexicon) {
        Map<String, Attribution> saidIn = new HashMap<>();
        for (Attribution a : doc.attributions) {
            if (a.mention == null || a.mention.isPronoun()) {
                continue;
            }
            Attribution earlier = a.mention.text().equals(a.speaker) ? saidIn.get(readAgain(a.mention)) : null;
            if (earlier != null && (readAgain(a.mention).indexOf(' ') > 0
                    || a.mention.start() - earlier.mention.start() < ResolutionWindows.TITLED_NAME_CHARS)) {
                a.speaker = earlier.speaker;
                a.role = earlier.role;
                a.kind = earlier.kind;
            }
            String document = saidIn(doc, lexicon, a);
            if (document != null && a.speaker != null && !a.speaker.equals(a.mention.text())) {
                saidIn.put(document, a);
            }
        }
    }

    /** "joint statement" of "The joint statement"; "" if the mention is no definite phrase. */
    private static String readAgain(Mention m) {
        String text = m.text().toLowerCase(Locale.ROOT);
        return text.startsWith("the ") ? text.substring(4) : "";
    }

    /**
     * "joint statement" of "the two governments said in a joint statement", "annual report" of "wrote in its annual
     * report": the document after the statement's own saying verb, "in", an article or possessive and lower-case
     * modifiers up to {@link Windows#NOUN_PHRASE_WORDS}; "page" of a statement said through "Pellcom's status page";
     * null if none.
     */
    private static String saidIn(AnnotatedDocument doc, Lexicon lexicon, Attribution a) {
        String last = Name.afterLastSpace(a.mention.text().toLowerCase(Locale.ROOT));
        if (ChannelOwner.channel(last) && ResolutionStage.possessor(a.mention) != null) {
            // "according to Nimbara's public status page ... the page said": a body's own channel, read again by its word.
            return last;
        }
        List<Token> tokens = doc.tokens;
        int verb = doc.tokenAtOrAfter(a.mention.end());
        if (verb + 3 >= tokens.size() || !DocumentSigners.SAYING_IN.contains(tokens.get(verb).lower())
                || !a.cue.toLowerCase(Locale.ROOT).startsWith(tokens.get(verb).lower()) || !tokens.get(verb + 1).is("in")) {
            return null;
        }
        String determiner = tokens.get(verb + 2).lower();
        if (!FunctionWords.INDEFINITE_ARTICLES.contains(determiner) && !FunctionWords.POSSESSIVES.contains(determiner)) {
            return null;
        }
        StringBuilder words = new StringBuilder();
        for (int k = verb + 3; k < tokens.size() && k - verb - 3 < Windows.NOUN_PHRASE_WORDS && tokens.get(k).isLowerWord(); k++) {
            words.append(words.isEmpty() ? "" : " ").append(tokens.get(k).lower());
            if (lexicon.documents.contains(lexicon.headKey(tokens.get(k).lower()))) {
                return words.toString();
            }
        }
        return null;
    }
}
