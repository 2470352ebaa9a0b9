package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A description's own facts, and how each role fits it, worked out once: resolution tries it against every
 * speaker within reach, and those mostly share a few roles; part of {@link DescriptionResolver}.
 */
final class DescribedSpeaker {

    final Attribution attribution;
    final String head;
    final String firstWord;
    /** "A new poll showed" is no statement named before. */
    final boolean definite;
    final boolean indefinite;
    /**
     * "the diplomat" may rename the last speaker; "the finance minister" or "Brandt's deputy" only someone
     * given that role; "the crowd", "the woman" or "the heckler" is someone else, whom no office links to a name.
     */
    final boolean bare;
    final boolean headOfState;
    /** Whether the head word names a person (a role, a kind of person, a gendered word) or a trial's side. */
    final boolean someone;
    final Gender gender;
    private final DescriptionFit fit;
    private final String text;
    private final String lower;
    private final Map<String, Boolean> sameOffice = new HashMap<>();
    private final Map<String, Boolean> fits = new HashMap<>();
    private Pattern headPattern;

    DescribedSpeaker(Attribution a, Lexicon lexicon, DescriptionFit fit) {
        attribution = a;
        this.fit = fit;
        text = a.mention.text();
        lower = text.toLowerCase(Locale.ROOT);
        head = DescriptionHeads.headWord(text);
        // "the head of state" is as bare as "the president", and only someone given such an office; so are "the
        // head of the Government" and "the head of the Ministry".
        headOfState = lower.startsWith("the ") && DescriptionHeads.namesOfficeWhole(String.join(" ", Name.words(lower)));
        firstWord = DescriptionResolver.firstWord(text);
        definite = DescriptionResolver.isDefinite(text);
        indefinite = FunctionWords.isIndefinite(lower);
        bare = lower.split(" ").length == 2 && lower.startsWith("the ") && lexicon.roles.contains(head)
                || headOfState;
        gender = Gender.ofTitle(lower);
        someone = SubjectShape.personWord(lexicon, head) || lexicon.titles.hasRoleTitles(head);
    }

    /**
     * "the zoo" is no "zoo director": a head word that names no person stands for a role only as the role's own
     * head, not as the place or body the role is held at.
     */
    boolean holderOf(String role) {
        return someone || DescriptionHeads.headWord(role).equals(head);
    }

    /** Whether a role (as the text gives it) names the description's office: no other place, body, field or deputy. */
    boolean sameOffice(String role) {
        return sameOffice.computeIfAbsent(role, r -> fit.holdsOffice(text, r));
    }

    /** Whether a role (lower case) is one the description stands for. */
    boolean fits(String role) {
        return fits.computeIfAbsent(role, r -> fit.fits(head, lower, r));
    }

    Pattern headPattern() {
        if (headPattern == null) {
            headPattern = Pattern.compile("\\b" + Pattern.quote(head) + "\\b");
        }
        return headPattern;
    }
}
