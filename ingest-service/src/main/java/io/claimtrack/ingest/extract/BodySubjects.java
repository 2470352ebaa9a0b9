package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;

/**
 * "The ministry of transport issued new rules. It said": the body or document a sentence before an "it" opens with,
 * for {@link PronounResolver}.
 */
final class BodySubjects {

    /** The longest body's name an apposition follows: "Friends of the Kessel Estuary". */
    private static final int NAME_TOKENS = 8;
    /** The longest apposition calling it a body: "a residents' association". */
    private static final int APPOSITION_TOKENS = 6;

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;

    BodySubjects(AnnotatedDocument doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
    }

    /**
     * The organisation or document the last sentence between {@code from} and {@code to} opens with, nearby: a
     * body's name ("Nordwagen AG reported ...") or a description headed by a body or document word ("The
     * ministry of transport issued ...", "The ad then references ..."); null if none.
     */
    Mention since(int from, int to, boolean documentOnly) {
        // The pronoun's own sentence is left out: "The average benefit, it says, would be $300." Not when the
        // pronoun opens an object relative after a noun: "The firm spent May on its pier, a job it said will pay".
        int own = doc.sentenceAtOrAfter(to + 1) - 1;
        // "The firm is also building a ferry, which it said will sail in May": a relative clause's "it" after a thing
        // the body its own sentence opens with works on is that body; a document opening it is what "which" stands for.
        boolean relative = afterWhich(to);
        for (int i = afterNoun(to) || relative ? own : own - 1; i >= 0; i--) {
            Sentence s = doc.sentences.get(i);
            if (s.start() < from || to - s.start() > ResolutionWindows.PRONOUN_SUBJECT_CHARS) {
                return null;
            }
            Mention body = openingBody(s);
            if (i == own && relative && !afterNoun(to) && (body == null || body.kind() != SpeakerKind.ORGANIZATION)) {
                continue;
            }
            if (body != null && body.end() < to && (!documentOnly || body.kind() == SpeakerKind.DOCUMENT)) {
                return body;
            }
        }
        return null;
    }

    /**
     * Whether the word before the pronoun at {@code at} may end a singular noun: lower case, no function word, past
     * form, "-s" form ("says it") or verb of saying ("say it").
     */
    private boolean afterNoun(int at) {
        int k = doc.tokenAtOrAfter(at) - 1;
        Token prev = k >= 0 ? doc.tokens.get(k) : null;
        String w = prev == null ? "" : prev.lower();
        return prev != null && prev.isLowerWord() && !FunctionWords.NP_BREAKERS.contains(w)
                && !FunctionWords.SAY_TELL.contains(w) && !lexicon.isIrregularPast(w) && !w.endsWith("ed") && !WordForms.pluralShape(w);
    }

    /** Whether the pronoun at {@code at} opens a relative clause after a comma: ", which it said". */
    private boolean afterWhich(int at) {
        int k = doc.tokenAtOrAfter(at) - 1;
        return k >= 1 && doc.tokens.get(k).lower().equals("which") && doc.tokens.get(k - 1).is(",");
    }

    /** "It shows", "it found": what shows or finds is a document, a video or a study, not the body that made it. */
    static boolean evidence(String cue) {
        String w = cue.toLowerCase(Locale.ROOT);
        return w.startsWith("show") || w.startsWith("found") || w.startsWith("find") || w.startsWith("reveal");
    }

    /**
     * "Save the Brenn Marshes, a residents' association, applied ...": capitalised words the apposition after them calls a
     * body ("an environmental group") are that body's name, whatever their words.
     */
    private Mention apposedBody(List<Token> tokens, int from) {
        int comma = from;
        while (comma < tokens.size() && comma - from < NAME_TOKENS
                && (tokens.get(comma).isCapitalized() || comma > from && FunctionWords.NAME_LINKS.contains(tokens.get(comma).lower()))) {
            comma++;
        }
        if (comma == from || comma + 2 >= tokens.size() || !tokens.get(comma).is(",")
                || !FunctionWords.ARTICLES.contains(tokens.get(comma + 1).text())) {
            return null;
        }
        for (int j = comma + 2; j + 1 < tokens.size() && j - comma <= APPOSITION_TOKENS; j++) {
            Token t = tokens.get(j);
            if (t.isWord() && (t.isCapitalized() || FunctionWords.NP_BREAKERS.contains(t.lower()))) {
                return null;
            }
            if (tokens.get(j + 1).is(",") && lexicon.organizations.contains(t.lower())) {
                int start = tokens.get(from).start();
                int end = tokens.get(comma - 1).end();
                return new Mention(start, end, doc.text(start, end), "", doc.text(start, end), SpeakerKind.ORGANIZATION);
            }
        }
        return null;
    }

    private Mention openingBody(Sentence s) {
        List<Token> tokens = doc.tokens(s);
        int from = Datelines.subjectStart(doc, s, tokens);
        if (from >= tokens.size()) {
            return null;
        }
        Mention apposed = apposedBody(tokens, from);
        if (apposed != null) {
            return apposed;
        }
        int k = FunctionWords.DETERMINERS.contains(tokens.get(from).lower()) ? from + 1 : from;
        int start = tokens.get(from).start();
        int next = Name.lastBefore(doc.names, start) + 1;
        Name first = next < doc.names.size() ? doc.names.get(next) : null;
        // "The Tavastel Traders' Guild took ...": a body's name read with its article starts at the article.
        // "The Halverton startup offers ...": one capitalised word between the article and a lower-case word is the
        // place or origin the description gives, not a name the sentence opens with.
        boolean modifier = k > from && k + 1 < tokens.size() && tokens.get(k).isCapitalized()
                && tokens.get(k + 1).isLowerWord();
        if (first != null && k < tokens.size() && (first.offset() == tokens.get(k).start() || first.offset() == start)) {
            if (first.kind() == SpeakerKind.ORGANIZATION) {
                return new Mention(first.offset(), first.offset() + first.text().length(), first.text(), "", first.text(),
                        SpeakerKind.ORGANIZATION);
            }
            if (!modifier || first.offset() + first.text().length() > tokens.get(k).end()) {
                return null;
            }
        }
        for (int j = modifier ? k + 1 : k; j < tokens.size() && j - k < ResolutionWindows.BODY_DESCRIPTION_TOKENS; j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || t.isCapitalized() || FunctionWords.NP_BREAKERS.contains(t.lower())) {
                return null;
            }
            String w = Mentions.possessiveStem(t.lower());
            // "The startup offers ...": the trades no list of bodies holds but which bare name a business.
            boolean organisation = lexicon.organizations.contains(w) || Businesses.BARE.contains(w);
            if ((organisation || lexicon.documents.contains(w)) && w.equals(t.lower()) && j + 1 < tokens.size()
                    && tokens.get(j + 1).isLowerWord()) {
                return new Mention(start, t.end(), doc.text(start, t.end()), "", "",
                        organisation ? SpeakerKind.ORGANIZATION : SpeakerKind.DOCUMENT);
            }
        }
        return null;
    }
}
