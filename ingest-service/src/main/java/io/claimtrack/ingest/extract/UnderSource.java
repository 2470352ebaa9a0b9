package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/** "Under X," opening a sentence as a source phrase when X is a document: "Under the treaty, each side may ...". */
final class UnderSource {

    /**
     * Documents whose "Under the plan, ..." (or "the proposal") tells what is to happen, not what the document says
     * (PolNeAR marks "Under Florida law," but not "Under the Bush plan," nor "Under the agreement,"); so are a deal's, a
     * contract's, a decree's and an order's terms ("Under the agreement, nurses will care for no more than five
     * patients"). Someone's plan ("Under Mrs. Clinton's plan,") is what its owner proposes, and stays a source.
     */
    private static final Set<String> TERMS = WordSet.of("plan", "plans", "proposal", "proposals", "agreement", "agreements",
            "deal", "deals", "contract", "contracts", "settlement", "settlements", "decree", "decrees", "order");
    /**
     * Standing law: "Under the constitution, the chamber needs 61 members", "Under state law, ...", "Under the Local
     * Elections Act, a second ballot is not allowed": what the law provides is the narrator's fact, not a source's
     * claim. "Under the draft," and "Under Lund's plan," propose, and speak; a treaty stays its parties' document
     * (PlanAndProposalTest, AccordingToTest).
     */
    private static final Set<String> RULES_IN_FORCE = WordSet.of("law", "constitution", "charter", "act");

    private UnderSource() {
    }

    /**
     * The index after "under" at {@code i} when the phrase is a document's and no cue closes the sentence, or -1.
     * "Under the deal, each port gets two tugs, Holm told reporters": the clause is Holm's, the deal no second source.
     */
    static int end(List<Token> t, int i, int end, Lexicon lexicon) {
        for (int k = i + 1; k < Math.min(end, i + Windows.UNDER_SOURCE_TOKENS); k++) {
            if (t.get(k).is(",")) {
                String head = Mentions.possessiveStem(t.get(k - 1).lower());
                boolean owned = Mentions.isPossessive(t.get(k - 2).lower());
                return k - 1 > i + 1 && lexicon.documents.contains(head) && (owned || !TERMS.contains(head))
                        && !RULES_IN_FORCE.contains(head) && !closingCue(t, k + 1, end, lexicon) ? i + 1 : -1;
            }
        }
        return -1;
    }

    /** A past cue a few words after a comma in the rest of the sentence: ", the minister said". One pass over it. */
    private static boolean closingCue(List<Token> t, int from, int end, Lexicon lexicon) {
        int comma = -1;
        for (int k = from; k < end; k++) {
            if (t.get(k).is(",")) {
                comma = k;
            } else if (comma >= 0 && k - comma <= Windows.UNDER_CLOSING_CUE_TOKENS
                    && lexicon.cuesStartingWith(t.get(k).lower()).stream().anyMatch(Lexicon.CueForm::past)) {
                return true;
            }
        }
        return false;
    }
}
