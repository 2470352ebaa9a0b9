package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last step of resolution: every statement of one person under the one name the document gives that person,
 * with the fullest role the document gives them anywhere (issue 10: "the same speaker, the same role").
 */
final class OneNameOneRole {

    private static final Pattern NO_ROLE = Pattern.compile("(?i)(mr|ms|mrs|dr|miss)\\.?|.*\\b(by|of|for|to|from|with|on|at|in)");
    /** "A lawyer for the family, Geraldine Obi, said", "Another pollster, Dana Wolk": the article opens no role. */
    private static final Pattern ARTICLE = Pattern.compile("(?i)(a|an|the|another) (?!of )");

    private OneNameOneRole() {
    }

    /** A person's statement under the one name the document gives the person, with the title that name took off. */
    static void canonical(NameIndex names, Attribution a) {
        if (a.kind == SpeakerKind.PERSON && a.speaker != null) {
            NameIndex.Canonical c = names.canonical(a.speaker, a.mention == null ? a.contentStart : a.mention.start());
            a.speaker = c.name();
            if ((a.role == null || a.role.isEmpty()) && !c.title().isEmpty()) {
                a.role = c.title();
            }
        }
    }

    /**
     * One person, one role across the document: every statement of a resolved person carries the fullest
     * role the document gives them, with a statement or with the name anywhere in the text.
     */
    static void fullestRoles(AnnotatedDocument doc, NameIndex names) {
        Map<String, String> fullest = new HashMap<>();
        // Each role's two patterns once, not for every name and statement that has it (4 % of lead-in lines).
        Map<String, String> roles = new HashMap<>();
        for (Name n : doc.names) {
            fullestOfName(names, n, fullest, roles);
        }
        for (Attribution a : doc.attributions) {
            if (a.kind == SpeakerKind.PERSON && a.speaker != null) {
                fullest.merge(a.speaker, roles.computeIfAbsent(a.role, OneNameOneRole::roleOf), OneNameOneRole::fuller);
            }
        }
        for (Attribution a : doc.attributions) {
            if (a.kind == SpeakerKind.PERSON && a.speaker != null) {
                a.role = fullest.get(a.speaker);
            }
        }
    }

    /** Keeps in {@code fullest} the fuller of the role a person's name gives and the one kept for that person. */
    private static void fullestOfName(NameIndex names, Name n, Map<String, String> fullest, Map<String, String> roles) {
        if (n.kind() == SpeakerKind.PERSON) {
            // "Moss, who played as a right wing": the role is Kate Moss's.
            NameIndex.Canonical c = names.canonical(names.expand(n.text(), SpeakerKind.PERSON, n.offset()), n.offset());
            fullest.merge(c.name(), fuller(roles.computeIfAbsent(n.role(), OneNameOneRole::roleOf), c.title()), OneNameOneRole::fuller);
        }
    }

    private static String fuller(String a, String b) {
        return b.length() > a.length() ? b : a;
    }

    /**
     * An age is no role: "the 26-year-old" says who only by being said of someone; nor is an honorific ("Mr.")
     * or the rest of a phrase that ends in a preposition ("a remark by Lind" gives Lind no role "remark by"). A
     * description's article is no part of it ("A lawyer" is a "lawyer"), as an apposition's is not.
     */
    static String roleOf(String role) {
        if (role.isEmpty() || ResolutionStage.AGE.matcher(role).lookingAt() || NO_ROLE.matcher(role).matches()) {
            return "";
        }
        Matcher article = ARTICLE.matcher(role);
        return article.lookingAt() ? role.substring(article.end()) : role;
    }
}
