package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/** Whether a cue word is a noun where it stands: "the report", "a trade dispute,", "the Romney attack". */
final class CueNoun {

    /** Words before a base or -s form that make it a noun ("the report", "a claim"). */
    private static final Set<String> NOUN_MARKERS = WordSet.union(List.of(FunctionWords.ARTICLES_OR_POSSESSIVES,
            FunctionWords.DEMONSTRATIVES), "of", "to", "no", "any", "every", "each", "such", "new", "first");
    private static final List<String> ADJECTIVE_ENDINGS = List.of("ed", "ive", "al", "ous", "ic", "ful");
    /** Linking verbs right after a noun subject: "the cable project remains the top priority". */
    private static final Set<String> LINKING_VERBS = WordSet.of("remains", "remain", "remained", "seems", "seem",
            "seemed", "appears", "appear", "appeared", "becomes", "become", "became", "stays", "stay", "stayed");
    /** Adverbs that stand between a subject and its verb ("he also argues", "she still insists"). */
    private static final Set<String> ADVERBS = WordSet.of("also", "still", "again", "now", "never", "often", "even", "just",
            "already", "then", "later", "ever", "always", "once", "too", "further");
    /** Adjectives without a telling ending that stand between a possessive and its noun. */
    private static final Set<String> MODIFIERS = WordSet.of("earlier", "early", "recent", "latest", "own", "new", "last",
            "first", "prior", "bold", "false", "main", "public");
    /** Words that single out a noun after its determiner ("the only question", "his main argument"): no verb follows. */
    private static final Set<String> LIMITERS = WordSet.of("only", "same", "real", "key", "main", "big", "central", "sole");
    /** Words in "-est" that are no superlative: "interest demands", "the harvest". */
    private static final Set<String> NOT_SUPERLATIVES = WordSet.of("interest", "harvest", "forest", "conquest", "arrest",
            "contest", "inquest", "behest", "bequest", "manifest", "digest", "invest", "divest", "detest", "midwest");
    /**
     * Prepositions that take a noun phrase and open no fronted adverbial before a subject ("of course" does): "from
     * zoning rules that", "bars towns from zoning rules".
     */
    private static final Set<String> OBJECT_PREPOSITIONS = WordSet.of("about", "on", "over", "amid", "despite", "regarding",
            "from");
    /** Prepositions after a participle that take its object: "provided to", "obtained by". */
    private static final Set<String> PARTICIPLE_PREPOSITIONS = WordSet.of("to", "by", "for", "from", "with");
    /** "that's", "there's": a contracted "is", not a possessive. */
    static final Set<String> CONTRACTED = WordSet.of("that", "there", "what", "here", "where", "let");
    /** Cue verbs no noun is spelt as: "..., park wardens believe." has its subject before it, whatever the noun. */
    private static final Set<String> NO_NOUN = WordSet.of("believe", "believes", "insist", "insists");
    /** A verb's pronoun subjects, relative "who" too: "who also claims". */
    private static final Set<String> PRONOUN_SUBJECTS = WordSet.union(List.of(FunctionWords.SUBJECT_PRONOUNS), "who");

    private final Lexicon lexicon;
    /** The punctuation a quotation before its speaker ends with: "Q," "Q?" "Q!". */
    private static final Set<String> QUOTATION_CLOSERS = Set.of(",", "?", "!");
    private final CueNounSettings settings;

    CueNoun(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.settings = new CueNounSettings(lexicon);
    }

    /** Whether the cue word at {@code i}, of form {@code form}, is a noun there rather than the verb. */
    boolean is(AnnotatedDocument doc, int i, Sentence sentence, Lexicon.CueForm form) {
        if (settings.inCompound(doc, i, sentence) || settings.labelWord(doc, i, sentence)) {
            return true;
        }
        if (i == sentence.firstToken() || FunctionWords.SAY_TELL.contains(doc.tokens.get(i).lower())
                || NO_NOUN.contains(doc.tokens.get(i).lower()) || doc.tokens.get(i).is("according")
                || AsClause.isPutIt(form.words()) || Agreement.jointCommitment(doc.tokens, i, sentence)) {
            // The plainest verbs of saying, verbs no noun is spelt as, and "put it" with its object inside the cue, are
            // never nouns; nor is the sides' "and agree to meet", the infinitive its object ("the threats and attacks to
            // come" has none).
            return false;
        }
        if (afterDeterminerAndLimiter(doc, i, sentence) || !form.past() && !form.gerund() && afterSuperlative(doc, i)) {
            return true;
        }
        if (!form.past() && (afterPossessiveAndModifiers(doc, i, sentence) || prepositionsObject(doc, i, sentence)
                || settings.pluralBeforeMaker(doc, i, sentence)
                || !form.gerund() && (afterTheAndName(doc, i, sentence) || NumberAgreement.heads(doc, i, sentence, lexicon)
                        || NumberAgreement.headlineObject(doc, i, sentence)
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
            // "the planned hit", "an alleged plot", "its proposed cutoff": a participle used as an adjective ("her" may
            // be an object, and "his saying that" is a gerund that says).
            return FunctionWords.ARTICLES.contains(prev.lower())
                    || form.past() && FunctionWords.POSSESSIVES.contains(prev.lower()) && !prev.is("her")
                    || form.past() && (CueNounSettings.ownersAdjective(doc, i, sentence) || settings.afterVerb(doc, i, sentence));
        }
        if (NOUN_MARKERS.contains(prev.lower()) || Mentions.isPossessive(prev.lower())) {
            return true;
        }
        // A verb of saying takes an object or clause; "attacks in Kursk", "dispute, NATO", "attack will" do not.
        int next = i + form.words().size();
        if (next < sentence.endToken() && (FunctionWords.FINITE_AUXILIARIES.contains(doc.tokens.get(next).lower()) || LINKING_VERBS.contains(doc.tokens.get(next).lower())
                || verbOfSaying(doc, next, sentence)
                || doc.tokens.get(next).isLowerWord()
                        && doc.tokens.get(next).lower().endsWith("ed"))) {
            // "the attack will", "a leaked report said", "an Office report released last year", "the cable project
            // remains": the subject.
            return true;
        }
        if (FeltManner.end(doc.tokens, next, sentence.endToken()) > 0) {
            // "the governments note with satisfaction the rise": a noun takes no object after its "with" phrase.
            return false;
        }
        // Before a clause end, a preposition or a coordinator it is a verb only after a speaker: "..., Smith
        // argues." but not "a trade dispute," or "the airfield attack in" or "the lewd jokes and taunts"; after an
        // adjective or participle it is a noun: "experienced attacks", "competitive state races".
        boolean open = next >= sentence.endToken() || doc.tokens.get(next).type() == Token.Type.PUNCT
                || CueStage.PREPOSITIONS.contains(doc.tokens.get(next).lower()) || doc.tokens.get(next).is("and")
                || doc.tokens.get(next).is("or");
        boolean heading = settings.headingGerund(doc, i, sentence);
        boolean modified = prev.lower().length() > 4 && hasAdjectiveEnding(prev.lower()) || heading;
        // A verb that needs its complement ("the banner read: ...", "pilots view him as ...") is checked by it instead.
        return (open || modified) && prev.isWord() && (!prev.isCapitalized() || heading) && !isSpeakerWord(prev.lower())
                && !bodySpeaks(doc, prev, next, sentence)
                && !afterQuotation(doc, i - 1, sentence) && lexicon.complementsOf(doc.tokens.get(i).lower()).isEmpty();
    }

    /**
     * "Mural painted over by mistake, city admits;", "“We got it wrong,” the town concedes.": a public body's bare noun
     * ({@link PublicBodies}) is the subject of the verb after it. Not before "to", where "the city plans to widen the
     * road" may be the body's plans, no words.
     */
    private static boolean bodySpeaks(AnnotatedDocument doc, Token prev, int next, Sentence sentence) {
        return PublicBodies.isBody(prev.lower()) && !(next < sentence.endToken() && doc.tokens.get(next).is("to"));
    }

    /**
     * "'We lose the foot traffic,' baker warns": one word right after a quotation closed by its comma (or "?", "!") is
     * the quotation's speaker, whatever the noun, and the word after it the speaker's verb; not a verb in the past
     * ("'Call the roll,' came shouts").
     */
    private boolean afterQuotation(AnnotatedDocument doc, int word, Sentence sentence) {
        String w = doc.tokens.get(word).lower();
        return word - 2 >= sentence.firstToken() && !w.endsWith("ed") && !lexicon.isIrregularPast(w)
                && doc.tokens.get(word - 1).type() == Token.Type.QUOTE
                && QUOTATION_CLOSERS.contains(doc.tokens.get(word - 2).text());
    }

    /**
     * "The only question left is whether", "The only hope the rebels have", "his main argument": a word that singles
     * out the noun after its determiner, so the cue word is that noun.
     */
    private static boolean afterDeterminerAndLimiter(AnnotatedDocument doc, int i, Sentence sentence) {
        return i - 2 >= sentence.firstToken() && LIMITERS.contains(doc.tokens.get(i - 1).lower())
                && FunctionWords.ARTICLES_OR_POSSESSIVES.contains(doc.tokens.get(i - 2).lower());
    }

    /**
     * "Debt Sale Draws Thinnest Demand", "the strongest demand since May": a superlative stands before a noun, never
     * before a verb, even where a title-case headline capitalises both. Words in "-est" that are nouns or verbs
     * themselves ("interest", "protest", "request") are no superlative.
     */
    private boolean afterSuperlative(AnnotatedDocument doc, int i) {
        String prev = doc.tokens.get(i - 1).lower();
        return prev.length() > 5 && prev.endsWith("est") && doc.tokens.get(i - 1).isWord()
                && lexicon.cuesStartingWith(prev).isEmpty() && !NOT_SUPERLATIVES.contains(prev);
    }

    /**
     * "Asked about media reports that ...", "commented on press claims": after a preposition and one lower-case word
     * (no pronoun) a cue word in "-s" is the head of that preposition's object; a subject cannot stand there.
     */
    private static boolean prepositionsObject(AnnotatedDocument doc, int i, Sentence sentence) {
        String w = doc.tokens.get(i).lower();
        if (i - 2 < sentence.firstToken() || !WordForms.endsInSingleS(w)) {
            return false;
        }
        // "went on to express regret": "to" opens an infinitive after the preposition, no noun.
        Token modifier = doc.tokens.get(i - 1);
        return OBJECT_PREPOSITIONS.contains(doc.tokens.get(i - 2).lower()) && modifier.isLowerWord()
                && !modifier.is("to") && !FunctionWords.SUBJECT_PRONOUNS.contains(modifier.lower())
                && !FunctionWords.PERSON_PRONOUNS.contains(modifier.lower());
    }

    /**
     * A cue verb at {@code i} that needs no complement to be one: "a leaked report said". A verb that does
     * ("allowing parents to deduct", "ordering a review") tells nothing about the word before it, nor does a
     * gerund without the rest of its cue: "endorse putting body cameras" is no "putting it".
     */
    private boolean verbOfSaying(AnnotatedDocument doc, int i, Sentence sentence) {
        String lower = doc.tokens.get(i).lower();
        if (!lexicon.complementsOf(lower).isEmpty() || Commissives.is(doc.tokens.get(i - 1).lower())
                && WordsNotGiven.appealNoun(doc.tokens, i, sentence)) {
            // "Residents vow appeal": the act promised, so the word before stays the verb of commitment.
            return false;
        }
        List<Lexicon.CueForm> forms = lexicon.cuesStartingWith(lower);
        for (Lexicon.CueForm f : forms) {
            if (!f.gerund()) {
                return true;
            }
        }
        return CueStage.match(doc, i, sentence.endToken(), forms) != null;
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
        return subject.isCapitalized() && !NOUN_MARKERS.contains(subject.lower()) || FunctionWords.FINITE_AUXILIARIES.contains(subject.lower())
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

    /**
     * "The Romney attack hit", "the initial Benghazi attack and": after "the" and one singular name, a verb would
     * take "-s", so the base form is a noun the name modifies. "the Kremlin argues", "The Times reports", "the
     * Germans warn" stay verbs; so does "the Paris attacks", which may be one ("the Kremlin attacks the plan").
     */
    private boolean afterTheAndName(AnnotatedDocument doc, int i, Sentence sentence) {
        int k = i - 1;
        if (k <= sentence.firstToken() || doc.tokens.get(i).lower().endsWith("s")) {
            return false;
        }
        Token name = doc.tokens.get(k);
        String lower = name.lower();
        if (!name.isCapitalized() || name.isAllCaps() || lower.endsWith("s") || isSpeakerWord(lower)
                || lexicon.outlets.contains(lower)) {
            return false;
        }
        k--;
        if (k > sentence.firstToken() && isModifier(doc.tokens.get(k))) {
            k--;
        }
        return doc.tokens.get(k).is("the") && !participlesObject(doc.tokens, k, sentence);
    }

    /**
     * "District data provided to the Ledger show", "figures obtained by the Courier suggest": "the" opens the object of a
     * participle's preposition, so the name ends the subject's phrase and the word after it is the verb.
     */
    private static boolean participlesObject(List<Token> tokens, int the, Sentence sentence) {
        if (the - 2 < sentence.firstToken() || !PARTICIPLE_PREPOSITIONS.contains(tokens.get(the - 1).lower())) {
            return false;
        }
        String participle = tokens.get(the - 2).lower();
        return tokens.get(the - 2).isLowerWord() && (participle.endsWith("ed") || FunctionWords.PUBLISHING_PARTICIPLES.contains(participle));
    }

    private boolean isModifier(Token t) {
        String lower = t.lower();
        // The speaker-word lists last: most words fail the shape tests first.
        return t.isLowerWord() && (isAdverb(t) || MODIFIERS.contains(lower)
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
        return t.isWord() && ADVERBS.contains(t.lower()) || ClauseShapes.lyAdverb(t);
    }

    private boolean isSpeakerWord(String lower) {
        return lexicon.roles.contains(lower) || lexicon.groups.contains(lower) || lexicon.anonymous.contains(lower)
                || lexicon.documents.contains(lower) || lexicon.organizations.contains(lower)
                || FunctionWords.PERSON_PRONOUNS.contains(lower) || FunctionWords.GROUP_PRONOUNS.contains(lower);
    }
}
