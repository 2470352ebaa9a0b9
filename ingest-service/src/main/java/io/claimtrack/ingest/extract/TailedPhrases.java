package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The speaker phrase ending right before a cue when no aside stands between: a description with its prepositional
 * tail or postmodifier ("a source familiar with the talks", "those close to him"), or a bare group after a comma;
 * part of {@link SpeakerPhrases}.
 */
final class TailedPhrases {

    private static final Set<String> TAIL_PREPOSITIONS = WordSet.of("with", "to", "at", "of", "for", "from", "in", "on", "by");
    private static final Set<String> PLACE_PREPOSITIONS = WordSet.of("at", "of", "from");
    private static final Set<String> POSTMODIFIERS = WordSet.of("familiar", "close", "briefed", "knowledgeable", "present",
            "involved", "privy", "loyal", "linked", "connected", "allied", "opposed", "aware", "knowledge");
    /** Participles of speaking whose object is the listener: "a source speaking to Fox News". */
    private static final Set<String> SPEAKING = WordSet.of("speaking", "talking");
    private static final Set<String> OBJECT_PRONOUNS = WordSet.of("him", "her", "them", "us", "it");

    private final Lexicon lexicon;

    TailedPhrases(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The phrase ending at token {@code last}: a postmodified head, else the phrase with its tail or joined modifier, else a bare group. */
    Mention withoutAside(AttributionContext ctx, int last, int first) {
        Mention m = postmodified(ctx, last, first);
        if (m == null) {
            m = joinedModifier(ctx, endingAt(ctx, last, first), first);
        }
        if (m == null) {
            m = bareGroup(ctx, last, first);
        }
        return m;
    }

    /**
     * The speaker phrase ending at token {@code last}, including a description's prepositional tail: "a
     * source familiar with the talks", "a senior official at the operator".
     */
    Mention endingAt(AttributionContext ctx, int last, int first) {
        List<Token> tokens = ctx.tokens;
        int npStart = ctx.mentions.scanLeft(last, first);
        if (npStart > first) {
            // "the Portsmouth, Delmar-based company said": the places listed before the adjective are the phrase's.
            npStart = PlaceAdjectives.listStart(tokens, npStart, first);
        }
        if (npStart > first && Quantities.atBound(tokens, npStart - 1) && !tokens.get(npStart - 1).isCapitalized()) {
            // "and at least four members have said": the bound is the figure's, which the scan read as a preposition;
            // "AT LEAST 10 KILLED ... Mayor Vik said" is a heading in capitals run into the text.
            npStart--;
        }
        if (npStart == first && npStart < last && tokens.get(npStart).isCapitalized()
                && SpeakerPhrases.SENTENCE_CONJUNCTIONS.contains(tokens.get(npStart).lower())) {
            // "And regulators say": the conjunction only joins the sentence to the one before.
            npStart++;
        }
        if (npStart - 2 < first || npStart < 0) {
            return ctx.mentions.build(npStart, last + 1);
        }
        int linkAt = npStart - 1;
        if ((POSTMODIFIERS.contains(tokens.get(npStart - 2).lower()) || byAgent(tokens, npStart)) && npStart - 3 >= first) {
            linkAt = npStart - 2;
        }
        if (TAIL_PREPOSITIONS.contains(tokens.get(npStart - 1).lower()) && npStart - 3 >= first
                && SPEAKING.contains(tokens.get(npStart - 2).lower()) && lexicon.isSpeakerNoun(tokens.get(npStart - 3))) {
            // "Another port source speaking to Harbour Radio said": the source speaks, not the one it spoke to.
            int headStart = ctx.mentions.scanLeft(npStart - 3, first);
            Mention head = headStart < 0 ? null : ctx.mentions.build(headStart, npStart - 2);
            if (head != null && !head.hasName() && !head.isPronoun()) {
                return head;
            }
        }
        if (TAIL_PREPOSITIONS.contains(tokens.get(npStart - 1).lower())) {
            int headStart = ctx.mentions.scanLeft(linkAt - 1, first);
            Mention head = headStart < 0 ? null : ctx.mentions.build(headStart, linkAt);
            if (head != null && !head.hasName() && !head.isPronoun() && lexicon.isSpeakerNoun(tokens.get(linkAt - 1))) {
                return new Mention(head.start(), tokens.get(last).end(), ctx.doc.text(head.start(), tokens.get(last).end()),
                        head.role(), "", head.kind());
            }
            if (head != null && head.hasName() && head.kind() == SpeakerKind.PERSON && linkAt == npStart - 1
                    && PLACE_PREPOSITIONS.contains(tokens.get(linkAt).lower()) && tokens.get(last).isCapitalized()) {
                // "Professor Jane Hill at the University of Toronto says": the person, not where they work.
                return head;
            }
        }
        return ctx.mentions.build(npStart, last + 1);
    }

    /**
     * "..., campaign and corporate records show", "..., port and city officials said": one lower-case word joined by
     * "and" to the phrase {@code m} after a comma, a modifier or a conjunct, is the phrase's; the scan stops at "and".
     */
    private static Mention joinedModifier(AttributionContext ctx, Mention m, int first) {
        List<Token> tokens = ctx.tokens;
        int start = m == null || m.hasName() ? -1 : ctx.tokenAtOrAfter(m.start());
        if (start - 3 < first || !tokens.get(start - 1).is("and") || !tokens.get(start - 3).is(",")) {
            return m;
        }
        Token modifier = tokens.get(start - 2);
        if (!modifier.isWord() || modifier.isCapitalized() || FunctionWords.NP_BREAKERS.contains(modifier.lower())
                || ClauseShapes.CLAUSE_WORDS.contains(modifier.lower())) {
            return m;
        }
        return new Mention(modifier.start(), m.end(), ctx.doc.text(modifier.start(), m.end()), m.role(), "", m.kind());
    }

    /**
     * "..., donors said", "..., political scientists say": after a comma, a few lower-case words ending in a
     * plural noun are the people who speak, whether or not the lexicons list the noun.
     */
    private Mention bareGroup(AttributionContext ctx, int last, int first) {
        List<Token> tokens = ctx.tokens;
        int k = last;
        while (k >= first && last - k < Windows.BARE_GROUP_TOKENS && tokens.get(k).isLowerWord()
                && !FunctionWords.NP_BREAKERS.contains(tokens.get(k).lower()) && !ClauseShapes.CLAUSE_WORDS.contains(tokens.get(k).lower())) {
            k--;
        }
        String head = tokens.get(last).lower();
        boolean plural = head.length() > 3 && WordForms.pluralShape(head);
        if (k == last || k < first || !tokens.get(k).is(",") || !plural || PhraseShapes.notAPhrase(tokens.subList(k + 1, last + 1))) {
            return null;
        }
        int start = tokens.get(k + 1).start();
        int end = tokens.get(last).end();
        return new Mention(start, end, ctx.doc.text(start, end), "", "", SpeakerKind.GROUP);
    }

    /**
     * "Those close to him say", "those familiar with the talks said", "a source close to her said", "people with
     * knowledge of the talks said": a head ("those" or a speaker noun) with a postmodifier whose object may be a
     * pronoun. The phrase opens its clause.
     */
    private Mention postmodified(AttributionContext ctx, int last, int first) {
        List<Token> tokens = ctx.tokens;
        int pm = last - 2;
        while (pm > first && last - pm <= Windows.DETERMINED_PHRASE_TOKENS && !POSTMODIFIERS.contains(tokens.get(pm).lower())) {
            Token t = tokens.get(pm + 2);
            if (!t.isWord() || FunctionWords.NP_BREAKERS.contains(t.lower()) && !OBJECT_PRONOUNS.contains(t.lower())) {
                return null;
            }
            pm--;
        }
        if (pm <= first || !POSTMODIFIERS.contains(tokens.get(pm).lower()) || !TAIL_PREPOSITIONS.contains(tokens.get(pm + 1).lower())
                || !(tokens.get(last).isWord() && (OBJECT_PRONOUNS.contains(tokens.get(last).lower())
                        || !FunctionWords.NP_BREAKERS.contains(tokens.get(last).lower())))) {
            return null;
        }
        int headEnd = pm;
        if (tokens.get(pm).is("knowledge")) {
            // "people with (direct) knowledge of the talks": the noun is joined to its head by "with", as an adjective is not.
            headEnd = pm - 1 > first && tokens.get(pm - 1).is("with") ? pm - 1
                    : pm - 2 > first && tokens.get(pm - 2).is("with") && tokens.get(pm - 1).isWord() ? pm - 2 : -1;
            if (headEnd < 0) {
                return null;
            }
        }
        int start = headEnd - 1;
        Token head = tokens.get(start);
        SpeakerKind kind = SpeakerKind.GROUP;
        String role = "";
        if (!head.is("those")) {
            start = ctx.mentions.scanLeft(headEnd - 1, first);
            Mention h = start < 0 ? null : ctx.mentions.build(start, headEnd);
            if (h == null || h.hasName() || h.isPronoun() || !lexicon.isSpeakerNoun(head)) {
                return null;
            }
            kind = h.kind();
            role = h.role();
        }
        if (start > first && !ClauseShapes.isBoundary(tokens.get(start - 1))) {
            return null;
        }
        int from = tokens.get(start).start();
        int to = tokens.get(last).end();
        return new Mention(from, to, ctx.doc.text(from, to), role, "", kind);
    }

    /** "a poll conducted by", "a report commissioned by": a participle and its agent after the head noun. */
    private static boolean byAgent(List<Token> tokens, int npStart) {
        Token participle = tokens.get(npStart - 2);
        return tokens.get(npStart - 1).is("by") && participle.isLowerWord()
                && participle.lower().endsWith("ed");
    }
}
