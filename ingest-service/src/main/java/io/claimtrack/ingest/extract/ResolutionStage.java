package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Canonical speakers: a surname becomes the fullest name the document gives ("Medinsky" → "Vladimir
 * Medinsky"), an acronym its expansion, a pronoun the last fitting speaker, and a description ("the
 * diplomat", "— military expert") the person it stands for in the same story, or, failing that, the
 * person the document gives that role elsewhere.
 */
public final class ResolutionStage implements Stage {

    /** "the 26-year-old", "26-year-old winger": a description by age. */
    static final Pattern AGE = Pattern.compile("(?i)(the |a |an )?(\\d+)-year-old");

    private final Lexicon lexicon;
    private final DescriptionFit fit;
    private final DescriptionResolver descriptions;
    private final TitledNames titledNames;
    private final JustNamed justNamed;

    public ResolutionStage(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.fit = new DescriptionFit(lexicon);
        this.descriptions = new DescriptionResolver(lexicon, fit);
        this.titledNames = new TitledNames(lexicon, fit);
        this.justNamed = new JustNamed(lexicon, fit);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        List<Name> allNames = doc.names;
        NameIndex names = new NameIndex(allNames, lexicon, DocumentGender.of(doc, lexicon));
        // Only people given a role can hold a description's title: asked per description, so found once.
        Counterparts counterparts = new Counterparts(doc, lexicon);
        List<Name> titledPeople = counterparts.withOffices(
                allNames.stream().filter(n -> n.kind() == SpeakerKind.PERSON && !n.role().isEmpty()).toList());
        int[] unitOf = units(doc);
        DocumentSubject subject = new DocumentSubject(doc, lexicon, names, fit);
        BodyDescriptions bodies = new BodyDescriptions(doc, lexicon);
        ApposedName apposed = new ApposedName(doc, lexicon);
        PronounResolver pronouns = new PronounResolver(doc, lexicon, names, unitOf, subject, bodies, apposed);
        PersonTitles titles = new PersonTitles(doc, lexicon, names, titledPeople);
        Function<String, String> titleOf = titles::office;
        Map<String, String> nameByRole = new HashMap<>();
        PossessedRoles possessed = new PossessedRoles(doc, lexicon, names);
        OwnLeader ownLeader = OwnLeader.of(doc, lexicon, fit, names);
        HeadingOffices headingOffices = HeadingOffices.of(doc, lexicon, fit, names);
        DocumentMaker makers = new DocumentMaker(doc, lexicon, names, bodies);
        DocumentOwner owners = new DocumentOwner(doc, lexicon, names, bodies);
        TitledPeople titledSpeakers = new TitledPeople(doc, titledPeople, fit);
        StateOffices stateOffices = new StateOffices(doc, titledNames, titledSpeakers, names);
        TitleHolders titleHolders = new TitleHolders(doc, lexicon, fit, names, titledSpeakers);
        OfficeHolders offices = new OfficeHolders(ownLeader, headingOffices, titleHolders,
                new BodyHeads(doc, lexicon, names));
        LedeBlocks lede = new LedeBlocks(doc, unitOf);
        NamedLater namedLater = new NamedLater(doc, lexicon, names, unitOf, lede);
        List<Attribution> pending = new ArrayList<>();
        OwnEvidence evidence = new OwnEvidence(doc, lexicon, descriptions, names, bodies, makers, apposed, pronouns, owners,
                new ChannelOwner(doc, lexicon, names, bodies), possessed,
                new CourtRoles(doc, lexicon, names), offices, new ApposedDescriptions(doc, lexicon, fit, names), new PressServices(doc, names), unitOf, nameByRole, titles::described, pending);
        SummaryParties summary = SummaryParties.of(doc.text);
        Map<String, SpeakerKind> partyKinds = summary.kinds(doc.names);
        for (int i = 0; i < doc.attributions.size(); i++) {
            evidence.resolve(i);
            // Before the next statement's pronoun looks back: "The grievor testified that A. She said B."
            ResolutionSteps.namedParty(summary, partyKinds, doc.attributions.get(i));
        }
        for (Attribution title : pronouns.titles()) {
            Mention m = title.mention;
            String leader = offices.holder(m);
            leader = leader != null ? leader : OpeningTitle.holderByName(doc, names, m, pronouns.nameTitles());
            if (leader != null) {
                // "The Kestrian President thanked his counterpart. He stressed": the office's holder, as for a speaker.
                title.speaker = leader;
                continue;
            }
            // Provisional: the description's rules below name its holder, or leave the pronoun as it was.
            title.speaker = m.text();
            pending.add(title);
        }
        HeadlineEchoes echoes = new HeadlineEchoes(doc, lexicon);
        DescriptionHolders holders = new DescriptionHolders(doc, lexicon, names, counterparts, titleOf, stateOffices, nameByRole,
                titledNames, titledSpeakers, justNamed, subject, echoes, namedLater,
                new LedeTitleHolder(doc, lexicon, fit, titledSpeakers, names, lede));
        FollowedDescriptions followed = new FollowedDescriptions(pending);
        for (Attribution a : pending) {
            holders.resolve(a);
        }
        followed.follow(doc, unitOf);
        for (Attribution a : pending) {
            ResolutionSteps.echoedLater(echoes, a);
        }
        LabelledOffices labelled = new LabelledOffices(doc);
        for (Attribution a : pending) {
            ResolutionSteps.name(a, labelled.holderOf(a), SpeakerKind.PERSON);
        }
        BodyPanels panels = new BodyPanels(doc, lexicon, names, bodies);
        for (Attribution a : doc.attributions) {
            ResolutionSteps.panelOf(panels, a);
        }
        for (Attribution a : stateOffices.namesRepresentatives() ? doc.attributions : List.<Attribution>of()) {
            ResolutionSteps.representedBy(stateOffices, a);
        }
        DelegationHeads delegations = DelegationHeads.of(doc, names);
        for (Attribution a : doc.attributions) {
            ResolutionSteps.ledBy(delegations, a);
        }
        OtherFieldHolders.undo(doc, fit, titleOf);
        UnnamedSources.keep(doc);
        RenamedHolders.apply(doc, lexicon, titleOf, titleHolders);
        for (Attribution a : doc.attributions) {
            ResolutionSteps.bareNoun(echoes, a);
        }
        for (Attribution a : doc.attributions) {
            ResolutionSteps.quotedBelow(echoes, a);
        }
        DeckVoices decks = new DeckVoices(doc, names);
        for (Attribution a : doc.attributions) {
            ResolutionSteps.deckVoice(decks, a);
        }
        QuestionPremises premises = new QuestionPremises(doc, names);
        for (Attribution a : doc.attributions) {
            if (premises.namedOnlyAfter(a)) {
                a.speaker = a.mention.text();
            }
        }
        Attribution[] answers = null;
        for (Attribution a : doc.attributions) {
            if (a.mention != null && a.mention.text().equals("you") && doc.questionTurns.get(a.block)) {
                answers = answers == null ? AddressedPremiseStage.firstAfterEachBlock(doc) : answers;
                ResolutionSteps.addressed(doc, a, answers[a.block], pronouns);
            }
        }
        Filings filings = Filings.of(doc, lexicon, names);
        for (Attribution a : filings == Filings.NONE ? List.<Attribution>of() : doc.attributions) {
            filings.apply(doc, a);
        }
        JointSides sides = JointSides.of(doc, fit, names);
        NamedMembers members = NamedMembers.of(doc, lexicon, names);
        TwoBodies pairs = new TwoBodies(doc, lexicon, bodies);
        CountedPair counted = new CountedPair(doc, lexicon, names);
        for (Attribution a : doc.attributions) {
            ResolutionSteps.bothSides(doc, a, sides, members, pairs, counted);
        }
        for (int i = 0; i < doc.attributions.size(); i++) {
            OwnersNamedBelow.apply(doc, i);
        }
        // "Parents of 14-year-old say" over the pair just named: "The parents of the boy, Janelle and Curtis Lind, told".
        for (Attribution a : pending) {
            ResolutionSteps.echoedPair(echoes, a);
        }
        DefinedTerms defined = DefinedTerms.of(doc.text);
        for (Attribution a : defined.isEmpty() ? List.<Attribution>of() : doc.attributions) {
            String parties = a.mention == null ? null : defined.speakerFor(a.mention.text());
            if (parties != null) {
                a.speaker = parties;
            }
        }
        for (Attribution a : summary == SummaryParties.NONE ? List.<Attribution>of() : doc.attributions) {
            ResolutionSteps.definedParty(summary, a);
        }
        // "The Treasurer presented the budget. She reported that A": the title the pronoun goes on with, as minutes define it.
        for (Attribution title : summary == SummaryParties.NONE ? List.<Attribution>of() : pronouns.titles()) {
            ResolutionSteps.definedParty(summary, title);
        }
        ReadoutGuest guest = ReadoutGuest.of(doc, names, fit);
        for (Attribution a : guest == ReadoutGuest.NONE ? List.<Attribution>of() : doc.attributions) {
            String visitor = guest.speakerFor(a);
            a.speaker = visitor != null ? visitor : a.speaker;
        }
        pronouns.takeTitles();
        pronouns.followAntecedents();
        GroupSubjectBefore groups = new GroupSubjectBefore(doc, lexicon);
        for (Attribution a : doc.attributions) {
            ResolutionSteps.pairAfter(counted, members, groups, sides, a);
            IncludedMember.apply(a);
        }
        SelfNamedGroups.apply(doc, lexicon);
        NameGivenAfter.apply(doc, names);
        for (int i = 0; i < doc.attributions.size(); i++) {
            AuthorNamedNext.apply(doc, i);
        }
        SaidInDocuments.apply(doc, lexicon);
        // Each loop's body is a method: these loops run once per document, and a body inlined in them is compiled
        // only late in the first long text, read interpreted until then.
        for (Attribution a : doc.attributions) {
            ResolutionSteps.followRootOrPronoun(a);
        }
        LabelHolders.keep(doc);
        DeclaredWe.apply(doc);
        DissentVoice.resolve(doc);
        for (Attribution a : doc.attributions) {
            OneNameOneRole.canonical(names, a);
        }
        for (Attribution a : doc.attributions) {
            if (a.outer != null) {
                a.via = a.outer.speaker;
            }
        }
        OneNameOneRole.fullestRoles(doc, names);
    }

    /**
     * "Larchmont" of "Larchmont's lawyer", "ministry" of "The ministry's statement"; null if the mention has no possessor,
     * or only a time's ("Tuesday's results", "Monday night's poll": no one's).
     */
    static String possessor(Mention m) {
        String text = m.text();
        int at = Math.max(text.lastIndexOf("’s "), text.lastIndexOf("'s "));
        if (at <= 0) {
            return null;
        }
        String owner = text.substring(0, at);
        owner = owner.startsWith("The ") || owner.startsWith("the ") ? owner.substring(4) : owner;
        return Mentions.namesTime(owner) ? null : owner;
    }

    /** Stories: a headline and the blocks under it, up to the next headline. */
    private static int[] units(AnnotatedDocument doc) {
        int[] unit = new int[doc.blocks.size()];
        int current = 0;
        for (int b = 0; b < doc.blocks.size(); b++) {
            if (doc.block(b).kind() == Block.Kind.HEADLINE) {
                current = b;
            }
            unit[b] = current;
        }
        return unit;
    }
}
