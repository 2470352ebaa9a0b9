package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cue inside what another speaker says that reports no words spoken: one bound to a modal of possibility or duty
 * ("The Member might mention that the fleet has grown", "the board should explain why", "the maker would have to
 * report any fault"), or a generic subject's in a
 * condition or a reason ("we cannot refuse a permit only because a neighbour says the shed is ugly", "if anyone claims
 * the pier is safe") or bound to a future ("Some will say that the toll is too high"), or in the bare form of an act
 * another demands ("recommends that the service remind its officers"). The outer speaker imagines or
 * demands the words; no one said them. "Lund said the board could not confirm it" is left to the outer statement too;
 * "Lund said a neighbour says the shed is ugly" reports and stays. A thing's present cue in a condition ("when their own
 * files tell them who is at risk") imagines words each time the condition holds; a case a rule is narrowed to ("but not
 * where the Borough knew that ...") is no one's words even outside another statement.
 */
final class HypotheticalCues {

    /** What opens a condition or a reason: "only because another country says", "if someone claims". */
    private static final Set<String> CONDITIONS = WordSet.of("if", "unless", "because", "when", "whenever", "once");
    /** What opens a condition in which a present cue says nothing yet: "when their own files tell them who". */
    private static final Set<String> PRESENT_CONDITIONS = WordSet.of("if", "unless", "when", "whenever", "once", "where");
    /** What narrows a rule to a case: "but not where the Borough knew that", "only if the owner states that". */
    private static final Set<String> CASE_LIMITS = WordSet.of("not", "only", "except", "save");
    /** Subjects that name no one in particular. */
    private static final Set<String> GENERIC_PRONOUNS = WordSet.of("someone", "somebody", "anyone", "anybody", "everyone",
            "everybody");
    /** Verbs that with "to" make a modal of duty: "would have to report", "needs to explain". */
    private static final Set<String> DUTY_VERBS = WordSet.of("have", "has", "had", "need", "needs", "ought");
    /** Verbs whose "that" clause states what is to be done: "recommends that the service remind its officers". */
    private static final Set<String> MANDATING = WordForms.verbForms("recommend", "urge", "ask", "demand", "request",
            "propose", "insist", "require", "order");
    /** What makes an indefinite person the law's measure: "a reasonable member", "an ordinary reader". */
    private static final Set<String> STANDARDS = WordSet.of("reasonable", "ordinary", "prudent");
    /** How far before the content the cue's verb group may stand: "might well mention [that]". */
    private static final int VERB_REACH = 5;

    private HypotheticalCues() {
    }

    /**
     * Whether the statement's cue is a modal's of possibility or duty, a generic subject's in a condition or bound to
     * any modal ("Some will say that a bridge is too costly": words the speaker expects, not yet said), or a present
     * one in a condition whose subject names no one ("when their own files tell them who"; "when he mentions the wall",
     * a habit, and "even if the returns suggest otherwise", a concession, stay).
     */
    static boolean is(AttributionContext ctx, Attribution a) {
        return a.mention != null && (modal(ctx, a, FunctionWords.POSSIBILITY_OR_DUTY_MODALS, true) || counterfactual(ctx, a)
                || generic(a) && (opensAfter(ctx, a, CONDITIONS) || modal(ctx, a, FunctionWords.MODALS, false))
                || present(a) && !a.mention.isPronoun() && !a.mention.hasName() && opensAfter(ctx, a, PRESENT_CONDITIONS)
                && !concessive(ctx, a));
    }

    /**
     * "recommends that the Police Service remind its officers to ...": a cue in its bare form right after the subject of
     * a clause that states what is to be done is the demand of whoever made it, no words its subject said, inside
     * another statement or not; "urged that the board tells the truth" and "recommended that the board reminded" are left.
     */
    static boolean mandated(AttributionContext ctx, Attribution a) {
        int start = a.mention == null ? 0 : ctx.tokenAtOrAfter(a.mention.start());
        // A committee's minutes set their order off with a comma: "Ordered, that the Chair report the Bill to the House."
        int verb = start > 2 && ctx.tokens.get(start - 2).is(",") ? start - 3 : start - 2;
        return verb >= 0 && bare(a) && ctx.tokens.get(start - 1).is("that") && MANDATING.contains(ctx.tokens.get(verb).lower());
    }

    /**
     * "I recommend that: (a) the Ministry require ...; (b) the Service report every delay ...": an item under a lead-in
     * whose mandating verb closes with "that:" states what is to be done when its own cue stands in the bare form.
     */
    static boolean mandatedItem(String leadInCue, String leadIn, Attribution item) {
        return leadIn.endsWith("that:") && MANDATING.contains(cueVerb(leadInCue)) && item.mention != null && bare(item);
    }

    /** A cue in its bare form after a subject that is no pronoun: "the Service report", not "reports" or "they report". */
    private static boolean bare(Attribution a) {
        return present(a) && !cueVerb(a).endsWith("s") && !a.mention.isPronoun();
    }

    /**
     * Whether the statement's cue stands in a case a rule is narrowed to ("A survey may do, but not where the Borough
     * knew that many tenants were offline", "only if the owner states that"): a case the text sets, no words anyone
     * said, inside another statement or not.
     */
    static boolean inCase(AttributionContext ctx, Attribution a) {
        if (a.mention == null || !opensAfter(ctx, a, PRESENT_CONDITIONS)) {
            return false;
        }
        int condition = ctx.tokenAtOrAfter(a.mention.start()) - 1;
        return condition > 0 && CASE_LIMITS.contains(ctx.tokens.get(condition - 1).lower());
    }

    /**
     * "A reasonable tenant would have understood that ...", "an ordinary reader would not expect ...": the person a
     * test of law imagines, bound to a modal, said nothing, inside another statement or not.
     */
    static boolean standard(AttributionContext ctx, Attribution a) {
        String[] words = a.mention == null ? new String[0] : a.mention.text().toLowerCase(Locale.ROOT).split(" ");
        return words.length > 2 && FunctionWords.isIndefinite(words[0]) && STANDARDS.contains(words[1])
                && modal(ctx, a, FunctionWords.MODALS, false);
    }

    /** "even if the returns suggest otherwise": a concession grants what the clause says. */
    private static boolean concessive(AttributionContext ctx, Attribution a) {
        int condition = ctx.tokenAtOrAfter(a.mention.start()) - 1;
        return condition > 0 && ctx.tokens.get(condition - 1).is("even");
    }

    /** A present cue: "when their own files tell them who is at risk", "When my knee tells me to stop". */
    private static boolean present(Attribution a) {
        String verb = cueVerb(a);
        return !verb.endsWith("ed") && !Lexicon.get().isIrregularPast(verb);
    }

    /** The cue's first word, lower case: "tell" of "tell them". */
    private static String cueVerb(Attribution a) {
        return cueVerb(a.cue);
    }

    private static String cueVerb(String cue) {
        return cue.split(" ", 2)[0].toLowerCase(Locale.ROOT);
    }

    /** One of {@code modals} in the cue's verb group, or with {@code duty} "have", "need" or "ought" and "to". */
    private static boolean modal(AttributionContext ctx, Attribution a, Set<String> modals, boolean duty) {
        List<Token> t = ctx.tokens;
        int from = ctx.tokenAtOrAfter(a.mention.end());
        int to = Math.min(ctx.tokenAtOrAfter(a.contentStart), from + VERB_REACH);
        for (int k = from; k < to; k++) {
            if (modals.contains(t.get(k).lower()) || duty && k + 1 < to && DUTY_VERBS.contains(t.get(k).lower()) && t.get(k + 1).is("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "she stated that she would have rejected the complaint", "he said he would not have signed it": a modal's perfect
     * tells what did not happen, no words spoken or position taken.
     */
    private static boolean counterfactual(AttributionContext ctx, Attribution a) {
        List<Token> t = ctx.tokens;
        int from = ctx.tokenAtOrAfter(a.mention.end());
        int to = Math.min(ctx.tokenAtOrAfter(a.contentStart), from + VERB_REACH);
        for (int k = from; k + 1 < to; k++) {
            int have = t.get(k + 1).is("not") ? k + 2 : k + 1;
            if (FunctionWords.MODALS.contains(t.get(k).lower()) && have < to && t.get(have).is("have")) {
                return true;
            }
        }
        return false;
    }

    private static boolean generic(Attribution a) {
        String subject = a.mention.text().toLowerCase(Locale.ROOT);
        return FunctionWords.isIndefinite(subject) || GENERIC_PRONOUNS.contains(subject);
    }

    /** Whether one of {@code openers} stands right before the statement's speaker. */
    private static boolean opensAfter(AttributionContext ctx, Attribution a, Set<String> openers) {
        int start = ctx.tokenAtOrAfter(a.mention.start());
        return start > 0 && openers.contains(ctx.tokens.get(start - 1).lower());
    }
}
