package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/** Speech and cognition cues outside quotations: "said", "pointed out", "according to". */
public final class CueStage implements Stage {

    /** Words before a base or -s form that make it a noun ("the report", "a claim"). */
    private static final Set<String> NOUN_MARKERS = Lexicon.words(List.of(Lexicon.ARTICLES, Lexicon.POSSESSIVES,
            Lexicon.DEMONSTRATIVES), "of", "to", "no", "any", "every", "each", "such", "new", "first");

    private static final Set<String> BE = WordSet.of("is", "are", "was", "were", "be", "been", "being", "get", "got");

    private static final Set<String> PREPOSITIONS = WordSet.of("in", "at", "on", "of", "for", "after", "over", "as",
            "near", "from", "during", "to", "with", "into");

    private static final List<String> ADJECTIVE_ENDINGS = List.of("ed", "ive", "al", "ous", "ic", "ful");
    private static final Set<String> MODALS = WordSet.of("will", "would", "can", "could", "may", "might", "should", "must",
            "is", "was", "are", "were", "has", "had", "have", "did", "does");

    /** Adverbs that stand between a subject and its verb ("he also argues", "she still insists"). */
    private static final Set<String> ADVERBS = WordSet.of("also", "still", "again", "now", "never", "often", "even", "just",
            "already", "then", "later", "ever", "always", "once", "too", "further");
    /** Adjectives without a telling ending that stand between a possessive and its noun. */
    private static final Set<String> MODIFIERS = WordSet.of("earlier", "early", "recent", "latest", "own", "new", "last",
            "first", "prior", "bold", "false", "main", "public");
    /** "that's", "there's": a contracted "is", not a possessive. */
    private static final Set<String> CONTRACTED = WordSet.of("that", "there", "what", "here", "where", "let");
    /** A verb's pronoun subjects, relative "who" too: "who also claims". */
    private static final Set<String> PRONOUN_SUBJECTS = Lexicon.words(List.of(Lexicon.SUBJECT_PRONOUNS), "who");

    /** "in the words of X", "in the view of X": X is the source, as after "according to". */
    private static final Set<String> VIEW_NOUNS = WordSet.of("words", "view", "opinion", "estimation", "judgment", "judgement");

    /** "said by phone" names the medium, not the agent of a passive. */
    private static final Set<String> MEDIA = WordSet.of("phone", "telephone", "email", "e-mail", "text", "video", "videolink",
            "letter", "fax", "satellite", "radio", "mail", "message", "teleconference", "videoconference");

    private final Lexicon lexicon;
    private final CueSense sense;
    private final ObjectComplement complement;

    public CueStage(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.sense = new CueSense(lexicon);
        this.complement = new ObjectComplement(lexicon);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            Sentence sentence = doc.sentences.get(s);
            boolean titleCase = titleCased(doc, sentence);
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                Token tok = doc.tokens.get(i);
                if (!tok.isWord() || doc.quoteAt(tok.start()) != null) {
                    continue;
                }
                boolean sentenceStart = i == sentence.firstToken();
                int phrase = sourcePhrase(doc, i, sentence);
                if (phrase > i) {
                    doc.cues.add(new Cue(s, i, phrase, doc.text(tok.start(), doc.tokens.get(phrase - 1).end()),
                            Lexicon.CueKind.ACCORDING_TO));
                    i = phrase - 1;
                    continue;
                }
                boolean openingAccording = tok.is("according") && AccordingTo.opensClause(doc.tokens, i, sentence.firstToken());
                if (tok.isCapitalized() && !openingAccording && !(titleCase && !sentenceStart)
                        || titleCase && endsName(doc, i, sentence)) {
                    // Capitalised words are names ("Post", "Report"), except inside a title-case headline, where
                    // an organisation's head word after a capitalised word still ends a name ("Harbour Post Hires").
                    continue;
                }
                int belief = BeliefAdjectives.cueStart(doc, i, sentence);
                if (belief >= 0) {
                    doc.cues.add(new Cue(s, belief, i + 1, doc.text(doc.tokens.get(belief).start(), tok.end()), Lexicon.CueKind.VERB));
                    continue;
                }
                // "offered her firmest promise that ...": the noun's clause is what was said, also after a listed verb.
                int light = LightVerbCue.cueEnd(doc.tokens, i, sentence, lexicon);
                if (light > i) {
                    // "was given assurances that": the subject heard them.
                    boolean passive = i > sentence.firstToken() && BE.contains(doc.tokens.get(i - 1).lower());
                    if (!passive && sense.isSpeech(doc, i, light - i, sentence)) {
                        doc.cues.add(new Cue(s, i, light, doc.text(tok.start(), doc.tokens.get(light - 1).end()), Lexicon.CueKind.VERB));
                    }
                    i = light - 1;
                    continue;
                }
                Lexicon.CueForm form = match(doc, i, sentence.endToken(), lexicon.cuesStartingWith(tok.lower()));
                if (form == null || looksLikeNoun(doc, i, sentence, form) || colonOnly(doc, i, sentence)
                        || form.past() && isPassive(doc, i, sentence, form) || !sense.isSpeech(doc, i, form.words().size(), sentence)
                        || !complement.fits(doc, i, form.words().size(), sentence)
                        || AsClause.isPutIt(form.words()) && !AsClause.putItSpeaks(doc, i, sentence)) {
                    continue;
                }
                int end = i + form.words().size();
                Lexicon.CueKind kind = tok.is("according") ? Lexicon.CueKind.ACCORDING_TO : Lexicon.CueKind.VERB;
                doc.cues.add(new Cue(s, i, end, doc.text(tok.start(), doc.tokens.get(end - 1).end()), kind));
                i = end - 1;
            }
        }
    }

    /**
     * Source phrases that work like "according to": "in the words of X", "in the view of X", "in X" opening a sentence
     * when X is a poll ({@link PollFrame}), "as reported by X" opening a sentence, and "under X" opening a sentence when X is a document
     * ("Under the agreement, ..."). Returns the index after the phrase, or -1.
     */
    private int sourcePhrase(AnnotatedDocument doc, int i, Sentence sentence) {
        List<Token> t = doc.tokens;
        int end = sentence.endToken();
        if (t.get(i).is("in") && i + 4 < end && t.get(i + 1).is("the") && VIEW_NOUNS.contains(t.get(i + 2).lower())
                && t.get(i + 3).is("of")) {
            return i + 4;
        }
        if (PollFrame.opens(t, i, sentence)) {
            return i + 1;
        }
        int reportedBy = i == sentence.firstToken() ? asReportedBy(t, i, end) : -1;
        if (reportedBy > 0) {
            return reportedBy;
        }
        if (t.get(i).is("under") && i == sentence.firstToken()) {
            for (int k = i + 1; k < Math.min(end, i + Windows.UNDER_SOURCE_TOKENS); k++) {
                if (t.get(k).is(",")) {
                    String head = Mentions.possessiveStem(t.get(k - 1).lower());
                    return k - 1 > i + 1 && lexicon.documents.contains(head) ? i + 1 : -1;
                }
            }
        }
        return -1;
    }

    /**
     * "As reported by X, Y", "As first noted by X, Y": a passive cue after "as" names its source after "by", as
     * "according to" does. Only opening a sentence: after a quotation's own cue ("“Q,” Holm said, as reported by
     * the Gazette") the outer source would take the speaker's follow-on quotations. Returns the index after "by", or -1.
     */
    private int asReportedBy(List<Token> t, int i, int end) {
        if (!t.get(i).is("as")) {
            return -1;
        }
        int k = i + 1;
        if (k < end && (t.get(k).is("first") || t.get(k).lower().endsWith("ly"))) {
            k++;
        }
        if (k + 2 >= end || !t.get(k + 1).is("by")) {
            return -1;
        }
        for (Lexicon.CueForm form : lexicon.cuesStartingWith(t.get(k).lower())) {
            if (form.past() && form.words().size() == 1) {
                return k + 2;
            }
        }
        return -1;
    }

    /** "Washington Post", "Harbour Post": an organisation's head word right after a capitalised word. */
    private boolean endsName(AnnotatedDocument doc, int i, Sentence sentence) {
        Token prev = i > sentence.firstToken() ? doc.tokens.get(i - 1) : null;
        return doc.tokens.get(i).isCapitalized() && prev != null && prev.isWord() && prev.isCapitalized()
                && lexicon.organizations.contains(doc.tokens.get(i).lower());
    }

    /** "He continued:" introduces speech; "continued to fall" does not. */
    private static boolean colonOnly(AnnotatedDocument doc, int i, Sentence sentence) {
        if (!doc.tokens.get(i).lower().startsWith("continu")) {
            return false;
        }
        // "He continued:" and "..., he continued." introduce or close speech; "continued to fall" does not.
        Token next = i + 1 < sentence.endToken() ? doc.tokens.get(i + 1) : null;
        boolean closes = !doc.tokens.get(i).lower().endsWith("ing") && (next == null
                || next.is(".") && i + 2 >= sentence.endToken() || next.is(","));
        // "He continued, “...”" introduces a quotation as the colon does.
        boolean quotes = next != null && next.is(",") && i + 2 < sentence.endToken()
                && doc.tokens.get(i + 2).type() == Token.Type.QUOTE;
        return !(next != null && next.is(":") || quotes || closes && i > sentence.firstToken() + 1);
    }

    /**
     * "Obama Says Museum Will Tell of Suffering": nearly every longer word capitalised, in a headline or in the
     * page's first line, which sites often close with a period ("Trump Says He Is Unlikely To ... .").
     */
    static boolean titleCased(AnnotatedDocument doc, Sentence sentence) {
        if (doc.block(sentence.block()).kind() != Block.Kind.HEADLINE
                && !(sentence.block() == doc.sentences.get(0).block() && sentence.start() == doc.block(sentence.block()).start())) {
            return false;
        }
        int words = 0;
        int capitalized = 0;
        for (Token t : doc.tokens(sentence)) {
            if (t.isWord() && t.text().length() > 3) {
                words++;
                capitalized += t.isCapitalized() ? 1 : 0;
            }
        }
        return words > 2 && capitalized * 10 >= words * 8;
    }

    private static Lexicon.CueForm match(AnnotatedDocument doc, int i, int end, List<Lexicon.CueForm> forms) {
        for (Lexicon.CueForm form : forms) {
            List<String> words = form.words();
            if (i + words.size() > end) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < words.size() && ok; k++) {
                ok = doc.tokens.get(i + k).is(words.get(k));
            }
            if (ok) {
                return form;
            }
        }
        return null;
    }

    /**
     * "was reported", "were mistakenly charged", "proposed by Russia", and headline participles ("Explosions reported
     * in ...") name no speaker as their subject.
     */
    private static boolean isPassive(AnnotatedDocument doc, int i, Sentence sentence, Lexicon.CueForm form) {
        if (BE.contains(doc.tokens.get(beforeAdverbs(doc.tokens, i - 1, sentence.firstToken())).lower())) {
            return true;
        }
        int next = i + form.words().size();
        if (next < sentence.endToken() && doc.tokens.get(next).is("by")
                && !(next + 1 < sentence.endToken() && MEDIA.contains(doc.tokens.get(next + 1).lower()))) {
            return true;
        }
        // Headlinese drops "was": "Explosions reported in ...", "Minister accused of ...".
        return doc.block(sentence.block()).kind() == Block.Kind.HEADLINE && !Lexicon.SAY_TELL.contains(doc.tokens.get(i).lower())
                && next < sentence.endToken()
                && PREPOSITIONS.contains(doc.tokens.get(next).lower());
    }

    /** "The roll call itself", "271 pledged delegates", "a private email server": a cue word inside a compound noun. */
    private boolean inCompound(AnnotatedDocument doc, int i, Sentence sentence) {
        String w = doc.tokens.get(i).lower();
        return i > sentence.firstToken() && lexicon.isCueCompound(doc.tokens.get(i - 1).lower(), w)
                || i + 1 < sentence.endToken() && lexicon.isCueCompound(w, doc.tokens.get(i + 1).lower());
    }

    /** The token at or left of {@code k} past adverbs ("also", "widely", "mistakenly"), stopping at a form of "be". */
    private static int beforeAdverbs(List<Token> tokens, int k, int first) {
        while (k > first && !BE.contains(tokens.get(k).lower()) && ClauseShapes.isAdverb(tokens.get(k))) {
            k--;
        }
        return Math.max(k, first);
    }

    private boolean looksLikeNoun(AnnotatedDocument doc, int i, Sentence sentence, Lexicon.CueForm form) {
        if (inCompound(doc, i, sentence)) {
            return true;
        }
        if (i == sentence.firstToken() || Lexicon.SAY_TELL.contains(doc.tokens.get(i).lower()) || doc.tokens.get(i).is("according")
                || AsClause.isPutIt(form.words())) {
            // The plainest verbs of saying, and "put it" with its object inside the cue, are never nouns.
            return false;
        }
        if (!form.past() && (afterPossessiveAndModifiers(doc, i, sentence)
                || !form.gerund() && (NumberAgreement.heads(doc, i, sentence, lexicon)
                        || NumberAgreement.pluralNoun(doc, i, sentence, lexicon)
                        || NumberAgreement.pluralAntecedent(doc, i, sentence, lexicon)))) {
            return true;
        }
        if (afterSubjectAndAdverb(doc, i, sentence)) {
            return false;
        }
        Token prev = doc.tokens.get(i - 1);
        if (prev.is("to") && ClauseShapes.infinitiveAfter(doc.tokens, i - 1, sentence.firstToken()) < i - 1) {
            // "continues to insist", "went on to say": an infinitive, not "the right to protest" or "a reply to claims".
            return false;
        }
        if (form.past() || form.gerund()) {
            // "the planned hit", "an alleged plot": a participle used as an adjective.
            return Lexicon.ARTICLES.contains(prev.lower());
        }
        if (NOUN_MARKERS.contains(prev.lower()) || prev.lower().endsWith("’s") || prev.lower().endsWith("'s")) {
            return true;
        }
        // A verb of saying takes an object or clause; "attacks in Kursk", "dispute, NATO", "attack will" do not.
        int next = i + form.words().size();
        if (next < sentence.endToken() && (MODALS.contains(doc.tokens.get(next).lower())
                || verbOfSaying(doc, next, sentence.endToken())
                || doc.tokens.get(next).isWord() && !doc.tokens.get(next).isCapitalized()
                        && doc.tokens.get(next).lower().endsWith("ed"))) {
            // "the attack will", "a leaked report said", "an Office report released last year": the subject.
            return true;
        }
        // Before a clause end, a preposition or a coordinator it is a verb only after a speaker: "..., Smith
        // argues." but not "a trade dispute," or "the airfield attack in" or "the lewd jokes and taunts"; after an
        // adjective or participle it is a noun: "experienced attacks", "competitive state races".
        boolean open = next >= sentence.endToken() || doc.tokens.get(next).type() == Token.Type.PUNCT
                || PREPOSITIONS.contains(doc.tokens.get(next).lower()) || doc.tokens.get(next).is("and")
                || doc.tokens.get(next).is("or");
        boolean modified = prev.lower().length() > 4 && hasAdjectiveEnding(prev.lower());
        // A verb that needs its complement ("the banner read: ...", "pilots view him as ...") is checked by it instead.
        return (open || modified) && prev.isWord() && !prev.isCapitalized() && !isSpeakerWord(prev.lower())
                && lexicon.complementsOf(doc.tokens.get(i).lower()).isEmpty();
    }

    /**
     * A cue verb at {@code i} that needs no complement to be one: "a leaked report said". A verb that does
     * ("allowing parents to deduct", "ordering a review") tells nothing about the word before it, nor does a
     * gerund without the rest of its cue: "endorse putting body cameras" is no "putting it".
     */
    private boolean verbOfSaying(AnnotatedDocument doc, int i, int end) {
        String lower = doc.tokens.get(i).lower();
        if (!lexicon.complementsOf(lower).isEmpty()) {
            return false;
        }
        List<Lexicon.CueForm> forms = lexicon.cuesStartingWith(lower);
        for (Lexicon.CueForm f : forms) {
            if (!f.gerund()) {
                return true;
            }
        }
        return match(doc, i, end, forms) != null;
    }

    /**
     * "He also wants", "Trump repeatedly claims", "a reader would now ask": adverbs between a subject (a name,
     * a pronoun, a speaker word) or a modal and the word make it a verb. "the family claims" is left to the
     * other rules: a determiner before the "-ly" word makes that word no adverb.
     */
    private boolean afterSubjectAndAdverb(AnnotatedDocument doc, int i, Sentence sentence) {
        int k = i - 1;
        while (k >= sentence.firstToken() && i - 1 - k < Windows.ADVERB_RUN && isAdverb(doc.tokens.get(k))) {
            k--;
        }
        if (k == i - 1 || k < sentence.firstToken() || isAdverb(doc.tokens.get(k))) {
            return false;
        }
        Token subject = doc.tokens.get(k);
        // A capitalised determiner opening the sentence ("Their early claims") is no subject.
        return subject.isCapitalized() && !NOUN_MARKERS.contains(subject.lower()) || MODALS.contains(subject.lower())
                || PRONOUN_SUBJECTS.contains(subject.lower())
                || isSpeakerWord(subject.lower());
    }

    /**
     * "the police's earlier claim", "Lund's oft-repeated public warning": a possessive before adjectives or
     * adverbs makes the word a noun, so the possessor is no subject of a verb. Past forms are left to the
     * other rules: "Lund's repeatedly warned" is "Lund has".
     */
    private boolean afterPossessiveAndModifiers(AnnotatedDocument doc, int i, Sentence sentence) {
        int k = i - 1;
        while (k > sentence.firstToken() && i - 1 - k < Windows.ADVERB_RUN && isModifier(doc.tokens.get(k))) {
            k--;
        }
        if (k == i - 1) {
            return false;
        }
        String lower = doc.tokens.get(k).lower();
        String stem = Mentions.possessiveStem(lower);
        return !stem.equals(lower) && !PRONOUN_SUBJECTS.contains(stem) && !CONTRACTED.contains(stem);
    }

    private boolean isModifier(Token t) {
        String lower = t.lower();
        // The speaker-word lists last: most words fail the shape tests first.
        return t.isWord() && !t.isCapitalized() && (isAdverb(t) || MODIFIERS.contains(lower)
                || lower.indexOf('-') > 0 || lower.length() > 4 && (lower.endsWith("ing")
                        || hasAdjectiveEnding(lower))) && !isSpeakerWord(lower);
    }

    private static boolean hasAdjectiveEnding(String lower) {
        for (String ending : ADJECTIVE_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAdverb(Token t) {
        return t.isWord() && (ADVERBS.contains(t.lower())
                || !t.isCapitalized() && t.lower().length() > 4 && t.lower().endsWith("ly"));
    }

    private boolean isSpeakerWord(String lower) {
        return lexicon.roles.contains(lower) || lexicon.groups.contains(lower) || lexicon.anonymous.contains(lower)
                || lexicon.documents.contains(lower) || lexicon.organizations.contains(lower)
                || Lexicon.PERSON_PRONOUNS.contains(lower) || Lexicon.GROUP_PRONOUNS.contains(lower);
    }
}
