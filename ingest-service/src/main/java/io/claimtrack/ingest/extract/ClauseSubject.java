package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The whole subject of a clause whose verb is a cue, when the speaker phrase scan stops short of it:
 * coordinated heads ("Federal and state officials said"), a prepositional tail ("Experts on North Korea and
 * nuclear arms said"), a reduced or full relative clause ("A study released Tuesday by the institute shows",
 * "A 2014 study that appeared in a journal found", "All the experts I interviewed said"), a bare plural
 * ("But environmentalists worry that"). Everything from where the clause's subject starts to the cue must
 * read as one noun phrase: no finite verb outside a relative clause, no punctuation, no cue of its own, and
 * a head that can speak (a speaker noun, a plural, a name).
 */
final class ClauseSubject {

    /** Finite verbs and modals: a subject holding one outside a relative clause is a clause of its own. */
    static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
            "can", "could", "should", "may", "might", "must", "do", "does", "did", "'s", "’s");
    private static final Set<String> RELATIVES = Set.of("that", "who", "which", "whom", "whose");
    /** Words after the head noun that begin its modifier: "experts on", "the center at", "a study by". */
    private static final Set<String> POSTMODIFIER_STARTS = Set.of("on", "at", "in", "of", "for", "from", "with", "by",
            "across", "around", "inside", "outside", "within", "among");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("i", "we", "you", "they", "he", "she");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");
    private static final Set<String> CLAUSE_OPENERS = Set.of("but", "and", "so", "yet");
    /** Heads that speak for several people without a plural ending. */
    private static final Set<String> QUANTIFIER_HEADS = Set.of("everyone", "everybody", "someone", "somebody", "people");

    /** Quantifiers that head a subject naming part of a group: "many in the crowd", "some of the donors". */
    private static final Set<String> PARTITIVES = Set.of("many", "most", "some", "several", "few", "none", "half",
            "all", "both", "others");
    private static final Set<String> PARTITIVE_LINKS = Set.of("of", "in", "among", "at", "on", "within", "inside");

    private final Lexicon lexicon;

    ClauseSubject(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The speaker that is the whole subject of the clause the cue is the verb of, or null. */
    Mention of(AttributionContext ctx, Cue cue, Sentence s) {
        List<Token> t = ctx.tokens;
        int start = ClauseShapes.subjectStart(t, s.firstToken(), cue.firstToken());
        if (start < cue.firstToken() && CLAUSE_OPENERS.contains(t.get(start).lower())) {
            start++;
        }
        return from(ctx, cue, s, start);
    }

    /**
     * The subject of a second clause joined to the sentence by a comma and a conjunction, or by a semicolon,
     * when the cue is its verb: "Obama said the reforms were incomplete, and rights groups warned that ...".
     * A bare common noun there is a speaker just as at the sentence's start.
     */
    Mention afterConjunction(AttributionContext ctx, Cue cue, Sentence s) {
        List<Token> t = ctx.tokens;
        int first = s.firstToken();
        for (int k = cue.firstToken() - 1; k > first + 1 && cue.firstToken() - k <= Windows.CLAUSE_SUBJECT_TOKENS; k--) {
            Token tok = t.get(k);
            if (tok.is(";") || ReportedSpeechStage.COORDINATORS.contains(tok.lower()) && t.get(k - 1).is(",")) {
                return k + 1 < cue.firstToken() ? from(ctx, cue, s, k + 1) : null;
            }
            if (tok.type() == Token.Type.PUNCT || tok.type() == Token.Type.QUOTE || PERSONAL_PRONOUNS.contains(tok.lower())
                    || POSSESSIVES.contains(tok.lower())) {
                // A pronoun subject is the speaker phrases' to find; "he trails pledged delegates" and "train his
                // eyes" are no speaker at all.
                return null;
            }
        }
        return null;
    }

    private Mention from(AttributionContext ctx, Cue cue, Sentence s, int start) {
        List<Token> t = ctx.tokens;
        int first = s.firstToken();
        int last = ClauseShapes.skipAdverbsLeft(t, ClauseShapes.infinitiveAfter(t,
                ClauseShapes.skipAdverbsLeft(t, cue.firstToken() - 1, start), start), start);
        last = ClauseShapes.skipAdverbsLeft(t, ReportedContent.beforeTimePhrase(t, last, start), start);
        if (last < start || last - start >= Windows.CLAUSE_SUBJECT_TOKENS || Lexicon.NP_BREAKERS.contains(t.get(start).lower())
                && !t.get(start).isAllCaps()) {
            return null;
        }
        int headEnd = -1;
        boolean relative = false;
        for (int k = start; k <= last; k++) {
            Token tok = t.get(k);
            String w = tok.lower();
            if (ctx.cueAt[k] != null || tok.type() == Token.Type.QUOTE
                    || tok.type() == Token.Type.PUNCT && !tok.is("/") && !abbreviation(t, k, start)) {
                return null;
            }
            if (RELATIVES.contains(w) && k > start) {
                relative = true;
            } else if (!relative && (FINITE.contains(w) || k > start && tok.isWord() && w.endsWith("ly") && w.length() > 4)) {
                // "The nominee currently sits at 85 percent support": a verb and its adverb, no noun phrase.
                return null;
            }
            boolean modifierStarts = k > start && (RELATIVES.contains(w) || POSTMODIFIER_STARTS.contains(w)
                    || PERSONAL_PRONOUNS.contains(w) || tok.isWord() && !tok.isCapitalized() && w.length() > 4
                    && (w.endsWith("ed") || w.endsWith("ing")));
            if (headEnd < 0 && modifierStarts) {
                headEnd = k;
            }
        }
        headEnd = headEnd < 0 ? last + 1 : headEnd;
        Token head = t.get(headEnd - 1);
        if (headEnd - 1 == start && headEnd <= last && PARTITIVES.contains(head.lower())
                && PARTITIVE_LINKS.contains(t.get(headEnd).lower())) {
            // "Many in the crowd said", "Most of the delegates say": the part of the group that speaks, as written.
            Mention part = ctx.mentions.describe(start, last + 1);
            return new Mention(part.start(), part.end(), part.text(), "", "", SpeakerKind.GROUP);
        }
        if (!canSpeak(head, headEnd - 1 > first)) {
            return null;
        }
        Mention m = ctx.mentions.build(start, headEnd);
        if (m == null || m.hasName() && headEnd - 1 == first && ctx.isCommonWord(head.lower())) {
            // "Experts on ...": capitalised only because it opens the sentence.
            m = ctx.mentions.describe(start, headEnd);
            m = new Mention(m.start(), m.end(), m.text(), "", "", m.kind() == SpeakerKind.PERSON ? SpeakerKind.GROUP : m.kind());
        }
        return m;
    }

    private boolean canSpeak(Token head, boolean insideSentence) {
        String w = lexicon.headKey(head.lower());
        boolean plural = w.length() > 3 && (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                || w.endsWith("men"));
        return lexicon.isSpeakerNoun(head) || plural || QUANTIFIER_HEADS.contains(w)
                || head.isCapitalized() && insideSentence && lexicon.cuesStartingWith(w).isEmpty();
    }

    /** "U.S.", "Mr.", "Md.": the period of an abbreviation inside the phrase. */
    private static boolean abbreviation(List<Token> t, int k, int start) {
        return t.get(k).is(".") && k > start && t.get(k - 1).text().length() <= 4 && t.get(k - 1).end() == t.get(k).start();
    }
}
