package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readout's capitalised title used as a description ("the Minister", "The Deputy Minister", "The Ambassador", "the
 * Prime Minister") is whoever the document gives exactly that title, not the last speaker of a compatible kind: its one
 * holder; of several, the readout's own, the subject of its lede ("Prime Minister Ilse Marwick welcomed Prime Minister
 * of Tirania Osman Kaya"), if the title is theirs, else the one the text named last before it ("Minister of Finance
 * X", "Minister of Regional Development Y presented a plan. The Minister stated"). A rank word must be on both sides or neither: "the Minister" is no Prime or Deputy Minister, "the Deputy
 * Minister" no minister. "The head of the Ministry" (or "of the department") is its minister, "the head of the Government" its prime minister,
 * "the head of the health department" the health minister.
 * Holders are found once per description's wording; part of {@link ResolutionStage}.
 */
final class TitleHolders {

    /** The body word each whole office ends in: "the head of the Ministry", not "the head of the Ministry of Energy". */
    private static final Map<String, String> OFFICE_BODY = Map.of("head of state", " state", "head of government",
            " government", "head of ministry", " ministry", "head of department", " department");
    /** "the head of the health department": a field's ministry by another name, whose head is that field's minister. */
    private static final Pattern HEAD_OF_FIELD = Pattern.compile("(?i)the head of the (\\p{L}+) (?:department|ministry)");
    /** Words that make a title another rank of an office, read on the description and on the role alike. */
    private static final Set<String> RANKS = WordSet.of("prime", "vice", "deputy", "assistant", "acting", "former", "ex",
            "associate", "lieutenant");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final DescriptionFit fit;
    private final NameIndex names;
    private final TitledPeople titled;
    private final Map<String, Set<String>> holdersByTitle = new HashMap<>();
    /** The lede's subject, in full; "" when the lede opens with no name; null until a title has several holders. */
    private String ledeSubject;

    TitleHolders(AnnotatedDocument doc, Lexicon lexicon, DescriptionFit fit, NameIndex names, TitledPeople titled) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.fit = fit;
        this.names = names;
        this.titled = titled;
    }

    /** The holder of the title the description names; null when it is no capitalised title or no one named holds it. */
    String holder(Mention m) {
        String text = m.text();
        Matcher field = HEAD_OF_FIELD.matcher(text);
        // Read as a body by its last word, "the head of the health department" is a person all the same.
        boolean ofField = !m.hasName() && field.matches() && lexicon.roleField(field.group(1).toLowerCase(Locale.ROOT)) != null;
        String office = DescriptionHeads.headWord(text);
        // "the head of the ministry", read as a body by its lower-case last word, is a person too.
        boolean whole = !m.hasName() && DescriptionHeads.namesOfficeWhole(office);
        if (!ofField && !whole && (m.hasName() || m.kind() != SpeakerKind.PERSON) || !text.regionMatches(true, 0, "the ", 0, 4)) {
            return null;
        }
        if (ofField) {
            // Its holder is whoever holds "the health minister": a minister given that field ("Minister of Health").
            text = "the " + field.group(1).toLowerCase(Locale.ROOT) + " minister";
        } else if (whole && text.toLowerCase(Locale.ROOT).endsWith(OFFICE_BODY.get(office))) {
            // "the head of the Ministry": its capitalised body is the office's own word, no place or body it qualifies.
            int last = text.lastIndexOf(' ') + 1;
            text = text.substring(0, last) + text.substring(last).toLowerCase(Locale.ROOT);
        } else if (!isTitle(text.substring(4))) {
            return null;
        }
        String description = text;
        Set<String> holders = ofGender(holdersByTitle.computeIfAbsent(text.substring(4), t -> holdersOf(description)),
                DocumentGender.ofDescription(doc, m));
        if (holders.size() <= 1) {
            return holders.isEmpty() ? null : holders.iterator().next();
        }
        if (holders.contains(ledeSubject())) {
            return ledeSubject;
        }
        // Several hold it: the one named last, within reach; a holder named by surname alone counts as named.
        List<Name> all = doc.names;
        for (int j = Name.lastBefore(all, m.start()); j >= 0 && m.start() - all.get(j).offset() < ResolutionWindows.TITLED_NAME_CHARS; j--) {
            Name n = all.get(j);
            if (n.kind() == SpeakerKind.PERSON) {
                String person = names.expand(n.text(), SpeakerKind.PERSON, n.offset());
                if (holders.contains(person)) {
                    return person;
                }
            }
        }
        return null;
    }

    /**
     * "the ambassador" in lower case: the one person the text gives that title, or null when none or several. Only asked
     * of a description already renamed to someone of another office ({@link RenamedHolders}): a bare lower-case title is
     * otherwise left to the description rules.
     */
    String oneHolder(String description) {
        String lower = description.toLowerCase(Locale.ROOT);
        Set<String> holders = holdersByTitle.computeIfAbsent(lower.substring(4), t -> holdersOf(lower));
        return holders.size() == 1 ? holders.iterator().next() : null;
    }

    private String ledeSubject() {
        if (ledeSubject == null) {
            ledeSubject = "";
            Sentence lede = doc.lede();
            List<Name> all = doc.names;
            for (int j = lede == null ? all.size() : Name.lastBefore(all, lede.start()) + 1; j < all.size() && all.get(j).offset() < lede.end(); j++) {
                Name n = all.get(j);
                if (n.kind() == SpeakerKind.PERSON && n.words().size() > 1) {
                    ledeSubject = OwnLeader.beforeVerb(doc, n) ? names.expand(n.text(), SpeakerKind.PERSON, n.offset()) : "";
                    break;
                }
            }
        }
        return ledeSubject;
    }

    /** "Minister", "Deputy Minister", "Prime Minister": capitalised role words only, the last of them an office. */
    private boolean isTitle(String title) {
        List<String> words = Name.words(title);
        if (words.isEmpty() || !lexicon.roles.contains(Name.lastWord(words))) {
            return false;
        }
        for (String w : title.split(" ")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !lexicon.isRoleWord(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** "In his remarks, the Minister": of the title's holders, those whose gender is not the description's are no holder. */
    private Set<String> ofGender(Set<String> holders, Gender gender) {
        if (gender == null || holders.size() <= 1) {
            return holders;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String h : holders) {
            if (gender.fits(Gender.of(h, lexicon))) {
                out.add(h);
            }
        }
        return out;
    }

    private Set<String> holdersOf(String description) {
        String head = DescriptionHeads.headWord(description);
        boolean whole = DescriptionHeads.namesOfficeWhole(head);
        Set<String> ranks = ranks(description.toLowerCase(Locale.ROOT));
        Set<String> out = new LinkedHashSet<>();
        for (Name n : titled.people()) {
            String role = n.role().toLowerCase(Locale.ROOT);
            if (n.kind() == SpeakerKind.PERSON && lexicon.titles.roleFits(head, role) && fit.holdsOffice(description, n.role())
                    && (whole ? rankedTitle(head, role) : ranks.equals(ranks(AbbreviatedTitles.spelledOut(role))))) {
                out.add(names.expand(n.text(), SpeakerKind.PERSON, n.offset()));
            }
        }
        return out;
    }

    /**
     * "the head of the Government" is its prime minister, whose rank is part of the title, but "the head of the
     * Ministry" no prime minister: a rank the office's title leaves out makes another office (a deputy holds none,
     * {@link DescriptionFit#sameOffice}).
     */
    private boolean rankedTitle(String head, String role) {
        String spelled = AbbreviatedTitles.spelledOut(role);
        Set<String> ranks = ranks(spelled);
        if (ranks.isEmpty()) {
            return true;
        }
        List<String> words = new ArrayList<>(Name.words(spelled));
        words.removeAll(ranks);
        return !lexicon.titles.roleFits(head, String.join(" ", words));
    }

    private static Set<String> ranks(String lower) {
        Set<String> out = new LinkedHashSet<>(Name.words(lower));
        out.retainAll(RANKS);
        return out;
    }
}
