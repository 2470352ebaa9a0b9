package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * "Chief Epidemiologist Saskia Lind", "the Chief Statistician": a capitalised word no role list holds ends the title
 * when a title word that also modifies titles ("Chief") comes right before it and its ending names a learned trade
 * (-ologist, -ician). Neither alone will do: "Chief Harlan" is a chief named Harlan, and an ending such as -er or -ist
 * is a surname's too ("Mayor Tom Baker", "Chief Lindqvist"). Part of {@link RoleAndName}.
 */
final class OccupationAfterModifier {

    private static final List<String> ENDINGS = List.of("ologist", "ician");

    private OccupationAfterModifier() {
    }

    /** Whether the word at {@code k} ends a title whose last word so far is at {@code lastRole}. */
    static boolean endsTitle(List<Token> span, int k, int lastRole, Lexicon lexicon) {
        if (k == 0 || lastRole != k - 1 || !span.get(k - 1).isCapitalized()
                || !lexicon.roleModifiers.contains(lexicon.headKey(span.get(k - 1).lower()))) {
            return false;
        }
        String word = span.get(k).lower();
        return ENDINGS.stream().anyMatch(e -> word.endsWith(e) && word.length() > e.length());
    }
}
