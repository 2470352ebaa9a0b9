package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A quotation with no cue of its own continues the previous speaker: '"Q1," she said. "Q2."'; a headline that is only a
 * quotation the story gives to a speaker below is that speaker's ({@link HeadlineQuote}); a quoted paragraph under
 * "Excerpts from X's speech:" is X's ({@link ExcerptLeadIn}), and so is one signed under it "— X, TITLE"
 * ({@link DashedQuoteSigner}).
 */
public final class FollowOnQuoteStage implements Stage {

    /** Adverbs between "but" or "and" and a resumed quotation: "and still “Q2”". */
    private static final Set<String> RESUMING_ADVERBS = WordSet.of("still", "then", "also");

    private final Lexicon lexicon;
    private final SentenceSubjects subjects;

    public FollowOnQuoteStage(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.subjects = new SentenceSubjects(lexicon);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        AttributionContext ctx = AttributionContext.of(doc);
        List<Attribution> sorted = new ArrayList<>(doc.attributions);
        sorted.sort(Comparator.comparingInt((Attribution a) -> a.contentStart));
        SubheadQuote subheads = SubheadQuote.of(doc);
        int next = 0;
        for (Quote q : doc.quotes) {
            while (next < sorted.size() && sorted.get(next).contentStart < q.start()) {
                next++;
            }
            if (ctx.covered(q.start(), q.end()) || QuotedTitle.opensNarration(ctx, q) || QuotedTitle.afterWork(ctx, q, lexicon)
                    || subheads.is(q) && !HeadlineQuote.whole(doc, q)) {
                continue;
            }
            int first = ctx.tokenAtOrAfter(q.start());
            if (first >= ctx.tokens.size()) {
                continue;
            }
            Sentence s = ctx.sentenceOfToken(first);
            Mention excerpted = ExcerptLeadIn.speaker(ctx, subjects, q, s.block());
            if (excerpted == null) {
                excerpted = DashedQuoteSigner.speaker(ctx, q);
            }
            if (excerpted != null) {
                ctx.add(quotation(excerpted, q, s, null));
                continue;
            }
            // '"Q1," she said, "Q2."' continues in the same sentence; otherwise the quotation opens one.
            if (attributedAfter(ctx, q, s) || quotedTerm(ctx, q, s)) {
                // '«...», сказал Песков': the quotation has its own attribution, in words the cues do not cover.
                continue;
            }
            boolean continued = first > s.firstToken() && resumes(ctx.tokens, first, s.firstToken())
                    && quoteCueBefore(sorted, next, s);
            if (s.firstToken() != first && !continued) {
                continue;
            }
            Attribution antecedent = antecedent(doc, sorted, next, q, s);
            Mention narrated = antecedent == null ? null : narratedSubject(doc, sorted, antecedent, s);
            if (antecedent == null) {
                antecedent = HeadlineQuote.echoed(doc, sorted, next, q);
                if (antecedent == null) {
                    continue;
                }
            }
            ctx.add(quotation(narrated, q, s, narrated == null ? antecedent : null));
        }
        ctx.sortByContent();
    }

    private static Attribution quotation(Mention speaker, Quote q, Sentence s, Attribution antecedent) {
        Attribution a = new Attribution(Attribution.Source.FOLLOW_ON, speaker, "", q.start(), q.end(), s.block(), 0.7);
        a.antecedent = antecedent;
        a.type = StatementType.DIRECT;
        return a;
    }

    /**
     * Whether the quotation at token {@code q} resumes after a comma, or after "but" or "and" following one ('“Q1,” he
     * said, but “Q2.”', 'A “Q1,” she said, and still “Q2.”').
     */
    private static boolean resumes(List<Token> tokens, int q, int first) {
        int k = q - 1;
        if (k > first && RESUMING_ADVERBS.contains(tokens.get(k).lower())) {
            k--;
        }
        if (k > first && (tokens.get(k).is("but") || tokens.get(k).is("and"))) {
            k--;
        } else if (k != q - 1) {
            return false;
        }
        return tokens.get(k).is(",");
    }

    /**
     * Whether a quotation's own cue gave a statement earlier in the sentence, with at most a participle's statement
     * after it ('“Q1,” he said, referring to Y, “Q2.”').
     */
    private static boolean quoteCueBefore(List<Attribution> sorted, int next, Sentence s) {
        for (int k = next - 1; k >= 0 && k >= next - 2 && sorted.get(k).contentStart >= s.start(); k--) {
            if (sorted.get(k).source == Attribution.Source.QUOTE_CUE) {
                return true;
            }
            if (!participle(sorted.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** A statement of a participle of saying: "referring to", "adding". */
    private static boolean participle(Attribution a) {
        int space = a.cue.indexOf(' ');
        return (space < 0 ? a.cue : a.cue.substring(0, space)).endsWith("ing");
    }

    /**
     * The last statement with a speaker before the quotation, a few blocks up at most, not a headline's, and not one
     * reported inside another ("said that Congress had instructed the Fed ..." / "Q": the reporter goes on).
     */
    private static Attribution antecedent(AnnotatedDocument doc, List<Attribution> sorted, int next, Quote q, Sentence s) {
        for (int k = next - 1; k >= 0 && k >= next - Windows.FOLLOW_ON_STATEMENTS; k--) {
            Attribution a = sorted.get(k);
            if (s.block() - a.block > Windows.FOLLOW_ON_BLOCKS) {
                return null;
            }
            if (a.contentEnd <= q.start() && a.mention != null && !a.nested && doc.block(a.block).kind() != Block.Kind.HEADLINE) {
                return a;
            }
        }
        return null;
    }

    /**
     * '"Q1," Holm said. / Sen. Ola Berg, who lost to Holm, named the wait as a reason. "Q2."': a sentence with no
     * statement between the antecedent and the quotation, whose subject is another person's full name (after an
     * opening phrase and a title at most), hands the quotation to that person.
     */
    private Mention narratedSubject(AnnotatedDocument doc, List<Attribution> sorted, Attribution antecedent, Sentence s) {
        int index = doc.sentenceAtOrAfter(s.start()) - 1;
        Sentence first = index >= 0 ? doc.sentences.get(index) : null;
        if (first == null || first.start() < antecedent.contentEnd || doc.block(first.block()).kind() != Block.Kind.PARAGRAPH) {
            return null;
        }
        int k = Sorted.firstAtLeast(sorted, (Attribution a) -> a.contentStart, first.start());
        if (k < sorted.size() && sorted.get(k).contentStart < first.end()) {
            return null;
        }
        int j = Name.lastBefore(doc.names, first.start()) + 1;
        while (j < doc.names.size() && doc.names.get(j).offset() < first.end() && doc.quoteAt(doc.names.get(j).offset()) != null) {
            // 'On "Face the Nation," Sen. Ola Berg said': a quoted title is no subject.
            j++;
        }
        Name n = j < doc.names.size() ? doc.names.get(j) : null;
        // A full name: a first name or a title says it is one ("Twenty-two years ago" is none); a surname alone
        // only as the subject of the sentence's verb ("Smith was blunt").
        if (n == null || n.offset() >= first.end() || n.kind() != SpeakerKind.PERSON
                || (n.words().size() < 2 || n.role().isEmpty() && !lexicon.isFirstName(n.words().get(0)))
                && !surnameSubject(doc, first, n)
                || n.words().stream().anyMatch(Name.words(antecedent.mention.text())::contains)) {
            return null;
        }
        String before = doc.text(first.start(), n.offset());
        String title = before.substring(before.lastIndexOf(',') + 1).replaceAll("^[\\p{Pi}\\p{Pf}\"'\\s]+", "").strip();
        if (!title.isEmpty() && !title.equals(n.role())) {
            return null;
        }
        return new Mention(n.offset(), n.offset() + n.text().length(), n.text(), n.role(), n.text(), SpeakerKind.PERSON);
    }

    /** "Smith was blunt", "Smith nodded": a one-word name opening the sentence, then its finite verb. */
    private static boolean surnameSubject(AnnotatedDocument doc, Sentence first, Name n) {
        int k = first.firstToken();
        if (n.words().size() != 1 || doc.tokens.get(k).start() != n.offset() || k + 1 >= first.endToken()) {
            return false;
        }
        String verb = doc.tokens.get(k + 1).text();
        return ClauseSubject.FINITE.contains(verb) || verb.length() > 4 && verb.endsWith("ed");
    }

    /**
     * '“Refoulement” (forcible return) is forbidden', '"Top secret" is the highest level': a word or two in marks,
     * with no closing punctuation, that the sentence goes on after is a term the narrator names, not speech.
     */
    private static boolean quotedTerm(AttributionContext ctx, Quote q, Sentence s) {
        int after = ctx.tokenAtOrAfter(q.end());
        if (after >= s.endToken() || !(ctx.tokens.get(after).is("(")
                || ctx.tokens.get(after).isLowerWord())) {
            return false;
        }
        int words = 0;
        for (int k = ctx.tokenAtOrAfter(q.start()); k < after; k++) {
            Token t = ctx.tokens.get(k);
            if (t.isWord()) {
                words++;
            } else if (t.type() != Token.Type.QUOTE) {
                return false;
            }
        }
        return words <= Windows.QUOTED_TERM_WORDS;
    }

    private static boolean attributedAfter(AttributionContext ctx, Quote q, Sentence s) {
        int i = ctx.tokenAtOrAfter(q.end());
        return i + 1 < s.endToken() && ctx.tokens.get(i).is(",") && ctx.tokens.get(i + 1).isWord();
    }
}
