package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Verbs of conflict that say nothing where they stand: "The two states have disputed the river islands since 1960" is a
 * quarrel over land, a state, and "attacked a border post with rockets" is an armed act, as is "if it attacked a person". "disputed the figures",
 * "attacked the plan" keep their sense of saying. Asked by {@link CueSense}.
 */
final class ConflictActs {

    /** Land two sides may quarrel over: "disputed a strip of the frontier", "dispute the islands". */
    private static final Set<String> LAND = WordSet.of("boundary", "boundaries", "border", "borders", "frontier",
            "territory", "territories", "island", "islands", "enclave", "waters", "strait", "peninsula", "land", "lands",
            "province", "valley");
    /** What only arms attack: "attacked a checkpoint", "attacked the convoy". */
    private static final Set<String> TARGETS = WordSet.of("post", "posts", "outpost", "outposts", "checkpoint",
            "checkpoints", "base", "bases", "barracks", "garrison", "convoy", "convoys", "patrol", "patrols", "positions");
    /** What an attack is made with when it is armed: "with machine guns and mortars", "using drones". */
    private static final Set<String> ARMS = WordSet.of("gun", "guns", "gunfire", "rifle", "rifles", "mortar", "mortars",
            "rocket", "rockets", "missile", "missiles", "artillery", "drone", "drones", "grenade", "grenades", "bomb",
            "bombs", "explosives", "shells", "knife", "knives", "machete", "machetes", "tanks");
    private static final Set<String> INSTRUMENTS = WordSet.of("with", "using");
    /**
     * Anyone at all, as the object of "attack": "if it attacked a person", "attacks children". A verbal attack has a
     * particular target ("attacked the plan", "attacked her rival").
     */
    private static final Set<String> ANY_BEING = WordSet.of("person", "people", "someone", "somebody", "anyone", "anybody",
            "human", "humans", "child", "children", "pet", "pets", "livestock");

    private ConflictActs() {
    }

    /** "disputed a 60-mile stretch of the border": land within the object after the verb at {@code next}. */
    static boolean landDisputed(List<Token> t, int next, Sentence s) {
        int to = objectEnd(t, next, s);
        for (int k = next; k < to; k++) {
            if (LAND.contains(t.get(k).lower()) && head(t, k, s)) {
                return true;
            }
        }
        return false;
    }

    /** An attack that is an act, no words: an armed one, or one on anyone at all. */
    static boolean attackAct(List<Token> t, int next, Sentence s) {
        return armedAttack(t, next, s) || anyBeing(t, next, s);
    }

    /** "attacked a border post", "attacked the village with rockets": a military target or arms after the verb. */
    private static boolean armedAttack(List<Token> t, int next, Sentence s) {
        int to = objectEnd(t, next, s);
        boolean instrument = false;
        for (int k = next; k < to; k++) {
            String w = t.get(k).lower();
            instrument |= INSTRUMENTS.contains(w);
            if (ARMS.contains(w) && instrument || TARGETS.contains(w) && head(t, k, s)) {
                return true;
            }
        }
        return false;
    }

    /** "attacked a person", "attacks people": the object, after an article, is anyone at all. */
    private static boolean anyBeing(List<Token> t, int next, Sentence s) {
        int k = next < s.endToken() && PhraseShapes.isArticle(t.get(next).lower()) ? next + 1 : next;
        return k < s.endToken() && ANY_BEING.contains(t.get(k).lower());
    }

    /** The end of the object phrase from {@code next}: a phrase's window, a clause's punctuation or opening word. */
    private static int objectEnd(List<Token> t, int next, Sentence s) {
        int end = Math.min(s.endToken(), next + Windows.PHRASE_TOKENS);
        for (int k = next; k < end; k++) {
            Token tok = t.get(k);
            if (tok.is(",") || tok.is(";") || tok.is(":") || tok.is("that") || tok.type() == Token.Type.QUOTE) {
                return k;
            }
        }
        return end;
    }

    /**
     * "the frontier since 1961", "a checkpoint with": the word at {@code k} ends its noun phrase; "the border guards'
     * account" and "the convoy driver" go on to another head.
     */
    private static boolean head(List<Token> t, int k, Sentence s) {
        if (k + 1 >= s.endToken()) {
            return true;
        }
        Token after = t.get(k + 1);
        return !after.isWord() || FunctionWords.NP_BREAKERS.contains(after.lower()) || CueStage.PREPOSITIONS.contains(after.lower())
                || after.is("and") || after.is("or");
    }
}
