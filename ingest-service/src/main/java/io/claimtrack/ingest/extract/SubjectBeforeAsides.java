package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The whole subject of a clause set off from its cue by asides, when the speaker phrase scan stops at the last of
 * them: "Six newspapers in the state, including the Ledger, said".
 */
final class SubjectBeforeAsides {

    /** Words that open a clause inside an aside: "Cole, where she works, said"; "Cole, as it happens, said". */
    private static final Set<String> ASIDE_RELATIVES = WordSet.of("where", "when", "as", "because", "since", "while", "after",
            "before", "until", "if", "although", "though");
    /**
     * Words that make what stands before a comma a clause of its own: "Even if the plan fails, ..."; not "once", an
     * adverb inside a subject too ("The union once led by Lund, including its pension fund, said").
     */
    private static final Set<String> SUBORDINATORS = WordSet.union(List.of(WordSet.without(FunctionWords.SUBORDINATORS, "once")),
            "whether", "than", "as");

    private final Lexicon lexicon;
    private final SubjectPhrase phrase;

    SubjectBeforeAsides(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.phrase = new SubjectPhrase(lexicon);
    }

    /**
     * The subject of the clause when asides stand between it and the cue, the last of them closed at token
     * {@code close}: "Six newspapers in the state, including the Ledger, said"; "The justice -- who had clashed
     * with him over the past few days -- said"; "Rep. Ann Cole (D-Md.), said". The subject runs from where the
     * clause starts to the first comma, dash or bracket and must read as one noun phrase, as in
     * {@link ClauseSubject#of}; its head need not be a word the lexicons know to speak, since a subject set off by
     * an aside before a cue and what was said is the speaker. A name alone in the first aside names it ("Another
     * delegate on the slate, Jo Lund, said"). The first aside must open as one does ({@link #asideOpens}).
     * The asides may run long and hold commas, brackets and whole quotations, but nothing that ends a clause.
     */
    Mention beforeAsides(AttributionContext ctx, int first, int close) {
        List<Token> t = ctx.tokens;
        int start = OpeningAdverbials.subjectStart(t, first, close);
        if (start < close && ClauseSubject.CLAUSE_OPENERS.contains(t.get(start).lower())) {
            start++;
        }
        int open = start;
        while (open < close && !(t.get(open).is(",") || t.get(open).is("(") || Asides.isDash(t.get(open)))) {
            open++;
        }
        if (open == start || open == close || close - open > Windows.STACKED_ASIDE_TOKENS
                || !asideOpens(t, open + 1, close)
                || !asidesOnly(ctx, open, close)) {
            return null;
        }
        // "A porter who worked there until last year, and who ..., said": a subordinator after "who" is the relative
        // clause's own.
        for (int k = start; k < open && !t.get(k).is("who"); k++) {
            if (SUBORDINATORS.contains(t.get(k).lower())) {
                return null;
            }
        }
        Mention head = phrase.read(ctx, first, start, open - 1, false);
        if (head == null) {
            return null;
        }
        int nameEnd = open + 1;
        while (nameEnd < close && t.get(nameEnd).isWord()) {
            nameEnd++;
        }
        // "The board, run by Ola Berg, said": the name after a participle's "by" is its agent, not the subject's;
        // "until his knees gave out in June" a clause, no name.
        Mention name = t.get(open).is(",") && t.get(nameEnd).is(",") && !head.hasName()
                && !ASIDE_RELATIVES.contains(t.get(open + 1).lower()) && !agentParticiple(t, open + 1, close)
                ? ctx.mentions.build(open + 1, HomeAfterName.start(t, open + 1, nameEnd)) : null;
        if (name != null && name.hasName() && name.kind() == SpeakerKind.PERSON) {
            // "Another delegate on the slate, Jo Lund, said": the description first, the name in the aside.
            return new Mention(head.start(), name.end(), ctx.doc.text(head.start(), name.end()), head.text(), name.name(),
                    SpeakerKind.PERSON);
        }
        return head;
    }

    /**
     * "A welder who watched Dock Road and 2nd Street for years, until his knees gave out, said": the phrase {@code
     * inner} found before the aside closed at {@code close} stands inside the relative clause of the whole subject
     * before the first aside, which is the speaker; null when no whole subject holds it so.
     */
    Mention aroundRelative(AttributionContext ctx, int first, int close, Mention inner) {
        Mention whole = beforeAsides(ctx, first, close);
        if (whole == null || whole.start() >= inner.start()) {
            return null;
        }
        List<Token> t = ctx.tokens;
        boolean relative = false;
        // The subject read runs to the first aside: no comma, dash or bracket before the inner phrase.
        for (int k = ctx.tokenAtOrAfter(whole.start()) + 1; k < ctx.tokenAtOrAfter(inner.start()); k++) {
            if (t.get(k).type() == Token.Type.PUNCT) {
                return null;
            }
            relative |= t.get(k).is("who");
        }
        return relative ? whole : null;
    }

    /**
     * The first aside, from token {@code k}, opens as an apposition or adverbial does: a name, a number, a bracket,
     * an article or relative word, a participle ("run by", "citing"), an adverb, or a role ("communications director
     * of"). A lower-case noun is the next item of a list ("on gaming, taxes and trade, said").
     */
    private boolean asideOpens(List<Token> t, int k, int close) {
        while (k < close && Asides.isDash(t.get(k))) {
            k++;
        }
        Token w = t.get(k);
        // "A welder who kept the gate, until his knees gave out, said": an adverbial clause may stand as the aside.
        if (!w.isWord() || w.isCapitalized() || AsideSubjects.appositionStart(w) || w.lower().endsWith("ed") || w.lower().endsWith("ly")
                || ASIDE_RELATIVES.contains(w.lower()) || agentParticiple(t, k, close) || secondRelative(t, k, close)) {
            return true;
        }
        for (int i = k; i < close && i - k < Windows.TITLE_MODIFIER_TOKENS && t.get(i).isWord(); i++) {
            if (lexicon.isRoleWord(t.get(i).lower()) || lexicon.isSpeakerNoun(t.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A grower who sold to the mill, and who asked not to be named, said": "and" with a relative word joins a second
     * relative clause to the one inside the subject.
     */
    private static boolean secondRelative(List<Token> t, int k, int close) {
        return t.get(k).is("and") && k + 1 < close && ClauseSubject.RELATIVES.contains(t.get(k + 1).lower()) && !t.get(k + 1).is("that");
    }

    /** "The board, run by Ola Berg, a chemist, said": an irregular participle before "by" opens a passive aside. */
    private static boolean agentParticiple(List<Token> t, int k, int close) {
        return k + 1 < close && t.get(k + 1).is("by") && SubjectShape.PARTICIPLES.contains(t.get(k).lower());
    }

    /**
     * Tokens {@code from} to {@code to} hold asides only: no clause break, brackets closed, quotations whole, and
     * no finite verb but in a relative clause ("Cole, who has led the group since 2019, said"), since
     * "..., the plan would fail, said Cole" is what was said, not an aside.
     */
    private static boolean asidesOnly(AttributionContext ctx, int from, int to) {
        List<Token> t = ctx.tokens;
        int brackets = 0;
        boolean relative = false;
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            if (tok.is(";") || tok.is(":") || tok.is("?") || tok.is("!")) {
                return false;
            }
            if (tok.is(",") || Asides.isDash(tok)) {
                relative = false;
            } else if (ClauseSubject.RELATIVES.contains(tok.lower()) || ASIDE_RELATIVES.contains(tok.lower())) {
                relative = true;
            } else if (ClauseSubject.finiteAt(t, k, from) && !relative) {
                return false;
            }
            brackets += tok.is("(") ? 1 : tok.is(")") ? -1 : 0;
            if (brackets < 0) {
                return false;
            }
            if (tok.type() == Token.Type.QUOTE && !SubjectPhrase.possessiveMark(t, k)) {
                Quote q = ctx.doc.quoteAt(tok.start());
                if (q == null || q.start() < t.get(from).end() || q.end() > t.get(to).end()) {
                    return false;
                }
            }
        }
        return brackets == 0;
    }
}
