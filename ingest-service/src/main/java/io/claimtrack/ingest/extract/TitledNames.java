package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A description no earlier speaker stands for, linked to a name the text gives: the nearest one given its
 * title, the only one given it anywhere, or the person the text names next; part of {@link ResolutionStage}. The
 * person the text has just named is {@link JustNamed}'s.
 */
final class TitledNames {

    /** A trial's sides, each its lawyers ("the defence", "the Crown"): the one so titled, however far, as a headline's title. */
    private static final Set<String> TRIAL_SIDES = WordSet.of("defence", "defense", "crown");
    /** Whose "client" a lawyer speaks of: "her client", "my client". */
    private static final Set<String> CLIENTS = WordSet.of("his", "her", "their", "my", "our");

    private final Lexicon lexicon;
    private final DescriptionFit fit;

    TitledNames(Lexicon lexicon, DescriptionFit fit) {
        this.lexicon = lexicon;
        this.fit = fit;
    }

    /**
     * "Health Minister Tomas Vik visited ... The minister explained": the nearest earlier name, within a
     * few paragraphs, whose title has the description's head word and whose gender the description's does not
     * contradict ("the spokeswoman" is no "Ivo Berg"). An indefinite description ("a senior official said") brings
     * in someone new: only a person it stands in apposition to is its own, whatever their title ("Tomas Vik, a
     * former minister,", "Sen. Ann Holm, an official at the port,").
     */
    Name titledEarlier(AnnotatedDocument doc, Attribution a, String head, List<Name> names, NameIndex index) {
        if (FunctionWords.isIndefinite(a.mention.text())) {
            int last = Name.lastBefore(names, a.mention.start());
            Name n = last < 0 ? null : names.get(last);
            // A lone capitalised word before the comma is no name in apposition: "In May, a judge ruled", "Clinton, a top aide said,".
            return n != null && n.kind() == SpeakerKind.PERSON && n.words().size() > 1 && inApposition(doc, n, a.mention.start()) ? n : null;
        }
        String text = a.mention.text();
        Gender described = DocumentGender.ofDescription(doc, a.mention);
        Gender gender = gender(doc, a, described);
        // That pronoun prefers a holder whose first name shows its gender to a nearer one whose name shows none.
        boolean preferShown = described == null && gender != null;
        Name unshown = null;
        // Names within reach mostly share a few roles: each role is tried against the description once. One function
        // for the loop: a lambda made per name was most of what resolving a description allocated.
        Map<String, Boolean> roleFits = new HashMap<>();
        Function<String, Boolean> fits = role -> fit.fits(head, text, role.toLowerCase(Locale.ROOT)) && fit.holdsOffice(text, role);
        // A related story's teaser ("Carpenters to rebuild chapel roof — district head" under "Read also") is another
        // story: its title reaches no one the main story names.
        int floor = doc.isRelated(a.block) ? doc.block(a.block).start() : 0;
        for (int j = Name.lastBefore(names, a.mention.start()); j >= 0 && names.get(j).offset() >= floor
                && a.mention.start() - names.get(j).offset() < ResolutionWindows.TITLED_NAME_CHARS; j--) {
            Name n = names.get(j);
            // A name's gender only when the description has one to match, from the document's index ({@code index}),
            // which reads each name's text once for every description within reach of it.
            Gender shown = n.kind() == SpeakerKind.PERSON && gender != null ? index.listedGender(n.text()) : null;
            if (n.kind() == SpeakerKind.PERSON && (gender == null || gender.fits(shown)) && roleFits.computeIfAbsent(n.role(), fits)
                    && !placeAfterClashes(doc, text, n)) {
                if (!preferShown || shown != null) {
                    return n;
                }
                unshown = unshown == null ? n : unshown;
            }
        }
        return unshown;
    }

    /**
     * "Ola Berg, the club's keeper, said ... The 19-year-old keeper said": for a description by age and role, the nearest
     * speaker within reach the text gave that role only in apposition after the name, which no name's own title holds.
     */
    Name apposedEarlier(AnnotatedDocument doc, Attribution a, String head, TitledPeople titled) {
        String text = a.mention.text();
        Gender gender = gender(doc, a, DocumentGender.ofDescription(doc, a.mention));
        Name found = null;
        for (Name n : titled.people()) {
            int back = a.mention.start() - n.offset();
            if (back > 0 && back < ResolutionWindows.TITLED_NAME_CHARS && (found == null || n.offset() > found.offset())
                    && (gender == null || gender.fits(Gender.of(n.text(), lexicon)))
                    && fit.fits(head, text, n.role().toLowerCase(Locale.ROOT)) && fit.holdsOffice(text, n.role())) {
                found = n;
            }
        }
        return found;
    }

    /** The description's own gender, else that of the pronoun opening what it says ("The new chief says she ..."). */
    private static Gender gender(AnnotatedDocument doc, Attribution a, Gender described) {
        return described != null || a.contentStart <= a.mention.end() ? described
                : Gender.ofWord(doc.tokens.get(doc.tokenAtOrAfter(a.contentStart)).lower());
    }

    /**
     * "Mayor Dag Lund of Northby" is not "the mayor of Eastvale": the place after the name, which the name's role leaves
     * out, is not the one the description names.
     */
    private boolean placeAfterClashes(AnnotatedDocument doc, String description, Name n) {
        int end = doc.text.indexOf(n.text(), n.offset()) + n.text().length();
        if (end < n.text().length() || !doc.text.startsWith(" of ", end) || fit.qualifiers(description).isEmpty()
                || !fit.qualifiers(n.role()).isEmpty()) {
            return false;
        }
        int to = end + 4;
        while (to < doc.text.length() && (Character.isLetter(doc.text.charAt(to)) || doc.text.charAt(to) == ' '
                && to + 1 < doc.text.length() && Character.isUpperCase(doc.text.charAt(to + 1)))) {
            to++;
        }
        return fit.qualifiersClash(description, doc.text(end + 4, to));
    }

    /**
     * "The ministry's spokeswoman said ... The spokeswoman, Nadia Holm, added", "the town's police chief told the
     * council ... Chief Arne Dalen said": a description the text names only after it is the first person named after
     * it, in its own paragraph or the next, when that person is given the description's title. An indefinite one
     * ("A senior union official dismissed ...") is someone new unless the text links the name to it with the same
     * description made definite ("The official, Bjorn Aasen, told"). A paragraph between that names no one (a lede's
     * figures) does not count.
     */
    String namedNext(AnnotatedDocument doc, Attribution a, String head, SpeakerMentions mentions) {
        int nextBlock = Math.min(a.block + ResolutionWindows.NAMED_NEXT_BLOCKS, doc.blocks.size() - 1);
        int to = doc.block(nextBlock).end();
        Attribution next = mentions.firstPersonFrom(a.mention.end(), to, nextBlock);
        while (next != null && !next.mention.hasName() && fit.qualifiersClash(a.mention.text(), next.mention.text())) {
            // "The defense minister said ..., hours after the country's foreign minister urged ...": a description of
            // another field or place between is someone else.
            next = mentions.firstPersonFrom(next.mention.end(), to, nextBlock);
        }
        if (next == null || next.nested || !next.mention.hasName() || next.mention.kind() != SpeakerKind.PERSON) {
            return null;
        }
        String text = a.mention.text();
        String role = next.mention.role().isEmpty() ? roleAfter(doc, next.mention) : next.mention.role();
        Gender gender = Gender.ofTitle(text);
        // "A UN human rights expert urged ..." and next "said X, the UN Special Rapporteur on ...": the body's own
        // word for its office-holder (role-titles.txt's ">>") links the name to the description of that body, and
        // the places its content names ("in the capital, Porto Alves") are no one else's.
        boolean byBody = FunctionWords.isIndefinite(text) && lexicon.titles.roleFitsForPlace(head, role.toLowerCase(Locale.ROOT));
        boolean linked = !FunctionWords.isIndefinite(text) || byBody
                || next.mention.text().regionMatches(true, 0, "the ", 0, 4) && DescriptionHeads.headWord(role).equals(head);
        if (namedBetween(doc, a, next, byBody)) {
            return null;
        }
        return linked && fit.fits(head, text, role.toLowerCase(Locale.ROOT)) && fit.holdsOffice(text, role)
                && (gender == null || gender.fits(Gender.of(next.mention.name(), lexicon)))
                ? next.speaker : null;
    }

    /** "said Tamsin Okoro-Vale, the UN Special Rapporteur on ...": the role set off after the speaker's name, or "". */
    private static String roleAfter(AnnotatedDocument doc, Mention mention) {
        Name n = Name.startingAt(doc.names, mention.start());
        return n != null ? n.role() : "";
    }

    /**
     * Whether someone is named in full between the description {@code a} and the statement's speaker, outside the
     * mention; not in what that speaker says ("Capt. Ivar Moen left the dock ..., lawyer Oskar Lindqvist said"), whom
     * the speaker talks of, nor, with {@code ownContent}, in what the description says.
     */
    private static boolean namedBetween(AnnotatedDocument doc, Attribution a, Attribution next, boolean ownContent) {
        Mention mention = next.mention;
        for (int j = Name.lastBefore(doc.names, a.mention.end()) + 1; j < doc.names.size() && doc.names.get(j).offset() < mention.start(); j++) {
            Name n = doc.names.get(j);
            boolean talkedOf = next.inContent(n.offset()) || ownContent && a.inContent(n.offset());
            if (n.kind() == SpeakerKind.PERSON && n.words().size() > 1 && !talkedOf) {
                return true;
            }
        }
        return false;
    }

    /** "Tomas Vik, a former minister": only a comma between the name (after its title, if any) and the description. */
    private static boolean inApposition(AnnotatedDocument doc, Name n, int description) {
        int at = doc.text.indexOf(n.text(), n.offset());
        int end = at + n.text().length();
        return at >= 0 && end <= description && doc.text(end, description).strip().equals(",");
    }

    /**
     * "The Republican presidential nominee" where the document names "Republican presidential nominee Donald
     * Trump" anywhere, however far: the one person the document gives that title with the same qualifiers
     * (party, place, body); null when none or several. A headline's bare title ("Governor says she will not sign",
     * "Calder trade envoy") is the one person its story gives the title, however far down and with or without the
     * headline's place ("Gov. Harriet Lind, a Democrat, ...", "the negotiator, Graham Whitfield"), as a name's title
     * or in apposition to a speaker ({@code titled}, {@link TitledPeople}). A bare title in prose ("the mayor" a
     * dozen paragraphs below "Mayor Ilsa Brandvold") is its one holder only when the text named them before it.
     */
    String titledOnly(AnnotatedDocument doc, Attribution a, String head, TitledPeople titled, NameIndex index) {
        return titledOnly(doc, a.mention.text(), a.block, a.mention.start(), DescriptionResolver.headlinese(doc, a, lexicon), head,
                titled, index);
    }

    /**
     * {@link #titledOnly(AnnotatedDocument, Attribution, String, TitledPeople, NameIndex)} for a description {@code text} at
     * {@code at} in {@code block}; {@code deck}: the description is headline grammar outside a headline block.
     */
    String titledOnly(AnnotatedDocument doc, String text, int block, int at, boolean deck, String head, TitledPeople titled, NameIndex index) {
        boolean article = text.toLowerCase(Locale.ROOT).startsWith("the ");
        // A bare title, without an article: "a parks department spokesperson said" under a related story's headline is
        // someone new; a related story's headline is another story's.
        boolean headline = deck || doc.block(block).kind() == Block.Kind.HEADLINE && !article && !FunctionWords.isIndefinite(text)
                && !doc.isRelated(block);
        // Outside headlines ("Developer's attorney says"), "Belkara's foreign minister" names the office as "the" does,
        // and whose it is ("Belkaran Foreign Minister Kerem Aydal").
        boolean definite = article || !headline && capitalisedPossessor(text);
        boolean bare = fit.qualifiers(text).isEmpty();
        // "The Prime Minister" in a readout whose lede gives "Prime Minister of the Republic of Tessaly Davit Osseni":
        // a title held of a place names its one holder for the whole document, whoever else holds one elsewhere.
        boolean side = TRIAL_SIDES.contains(head);
        // "The head of the Dravian state" is one office whole, as "the president" is.
        if (!lexicon.roles.contains(head) && !lexicon.titles.hasRoleTitles(head) && !DescriptionHeads.namesOfficeWhole(head)) {
            return null;
        }
        // Its words read only for a description that names an office: most descriptions are of no one titled.
        boolean formal = definite && bare && !side && Name.words(text).stream().allMatch(lexicon::isRoleWord);
        if (!headline && (!definite || bare && !formal && !side)) {
            return null;
        }
        OneHolder holders = formal ? holders(text, head, bare, headline, titled, index, true) : null;
        if (holders == null || holders.found == null) {
            holders = holders(text, head, bare, headline, titled, index, false);
        }
        // Held of no place, a bare title ("the mayor") is someone the reader has met: its holder named before it.
        return formal && !holders.held && holders.first >= at ? null : holders.one();
    }

    /**
     * The people {@code titled} gives the description's title (only those who hold it "of" a place, if {@code held});
     * a headline's place the story's title leaves out ("Calder trade envoy", "the negotiator"): a word the text
     * names alone.
     */
    private OneHolder holders(String text, String head, boolean bare, boolean headline, TitledPeople titled, NameIndex index, boolean held) {
        Set<String> places = headline ? titled.namedAlone() : Set.of();
        OneHolder holders = new OneHolder(held);
        // "The spokeswoman" is no "spokesman Ivo Berg".
        Gender gender = Gender.ofTitle(text);
        for (Name n : titled.peopleByRole().withRole(role -> (!held || role.contains(" of "))
                && (roleHolds(text, head, bare, places, role) || lexicon.titles.bareCounsel(head, role)))) {
            if (n.kind() == SpeakerKind.PERSON && (gender == null || gender.fits(Gender.of(n.role() + " " + n.text(), lexicon)))
                    && (!lexicon.titles.bareCounsel(head, n.role()) || speaksOfClient(titled.doc(), n))) {
                holders.add(index.expand(n.text(), SpeakerKind.PERSON, n.offset()), n.offset(),
                        headline && Name.words(n.role().toLowerCase(Locale.ROOT)).contains(head));
            }
        }
        return holders;
    }

    /**
     * "Attorney Ines Varga-Holm told jurors that her client ...": a lawyer titled only as one is the defence's when the
     * sentence naming them goes on about a client; a prosecutor has none.
     */
    private static boolean speaksOfClient(AnnotatedDocument doc, Name n) {
        Sentence s = doc.sentenceAt(n.offset());
        if (s == null) {
            return false;
        }
        for (int i = doc.tokenAtOrAfter(n.offset()); i + 1 < s.endToken(); i++) {
            if (CLIENTS.contains(doc.tokens.get(i).lower()) && doc.tokens.get(i + 1).lower().equals("client")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a person given {@code roleText} holds the title the description {@code text} names ({@link #holders}). */
    private boolean roleHolds(String text, String head, boolean bare, Set<String> places, String roleText) {
        String description = DescriptionFit.positionalCapital(text, roleText);
        Set<String> missing = fit.qualifiers(description);
        missing.removeAll(fit.qualifiers(roleText));
        // "The Dravian leader" is "President of the Republic of Dravia Tomas Keller": its place is all of the role's.
        String role = roleText.toLowerCase(Locale.ROOT);
        return (lexicon.titles.roleFits(head, role) || !bare && lexicon.titles.roleFitsForPlace(head, role)
                || lexicon.titles.namedClientsCounsel(head, roleText))
                && places.containsAll(missing) && fit.holdsOffice(description, roleText);
    }

    /** A description opened by a capitalised word in the possessive: "Belkara's foreign minister". */
    private static boolean capitalisedPossessor(String text) {
        int space = text.indexOf(' ');
        return space > 2 && Character.isUpperCase(text.charAt(0)) && text.charAt(space - 1) == 's'
                && (text.charAt(space - 2) == '\'' || text.charAt(space - 2) == '’');
    }
}
