package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResolutionStageTest {

    private static AnnotatedDocument resolve(String text) {
        return Pipeline.through(ResolutionStage.class, text);
    }

    private static void assertSpeaker(Attribution a, String speaker, String role, SpeakerKind kind) {
        assertEquals(speaker, a.speaker, "speaker");
        assertEquals(role, a.role, "role of " + speaker);
        assertEquals(kind, a.kind, "kind of " + speaker);
    }

    @Test
    void titleIsKeptAsRoleAndTheNameBecomesTheSpeaker() {
        AnnotatedDocument doc = resolve("Transport Minister Ingrid Holm said the port would reopen.");

        assertSpeaker(statement(doc, "the port would reopen"), "Ingrid Holm", "Transport Minister", SpeakerKind.PERSON);
    }

    @Test
    void surnameBecomesTheFullNameGivenElsewhereInTheDocument() {
        AnnotatedDocument doc = resolve("""
                Holm said taxes would fall.
                Transport Minister Ingrid Holm said the port would reopen.
                "It is a fair deal," Holm added.
                """);

        assertEquals(List.of("Ingrid Holm | taxes would fall | said | indirect",
                "Ingrid Holm | the port would reopen | said | indirect",
                "Ingrid Holm | \"It is a fair deal,\" | added | direct"), statements(doc));
    }

    @Test
    void pronounAndDescriptionResolveToTheNamedPerson() {
        AnnotatedDocument doc = resolve("""
                “The talks are frozen,” said Swiss diplomat Eva Lund.
                She added that both delegations had left the city.
                The diplomat said the mediators were exhausted.
                """);

        assertEquals(List.of("Eva Lund | “The talks are frozen,” | said | direct",
                "Eva Lund | both delegations had left the city | added | indirect",
                "Eva Lund | the mediators were exhausted | said | indirect"), statements(doc));
        assertSpeaker(statement(doc, "both delegations had left the city"), "Eva Lund", "Swiss diplomat",
                SpeakerKind.PERSON);
    }

    @Test
    void theSpokesmanIsTheNamedSpokesman() {
        AnnotatedDocument doc = resolve("""
                Agency spokesman Piet Claes said the convoy had turned back.
                The spokesman added that drivers were safe.
                """);

        assertSpeaker(statement(doc, "drivers were safe"), "Piet Claes", "Agency spokesman", SpeakerKind.PERSON);
    }

    @Test
    void acronymBecomesTheOrganisationItAbbreviates() {
        AnnotatedDocument doc = resolve("""
                The plan is backed by the European Rail Alliance.
                The ERA said fares would fall.
                """);

        assertSpeaker(statement(doc, "fares would fall"), "European Rail Alliance", "", SpeakerKind.ORGANIZATION);
    }

    @Test
    void headlineDescriptorIsThePersonTheLedeNames() {
        AnnotatedDocument doc = resolve("""
                Front line will not move this year — military expert
                Jan Novak noted that the front line had barely moved.
                """);

        assertEquals(List.of("Jan Novak | Front line will not move this year |  | indirect",
                "Jan Novak | the front line had barely moved | noted | indirect"), statements(doc));
        assertSpeaker(statement(doc, "Front line will not move this year"), "Jan Novak", "military expert",
                SpeakerKind.PERSON);
    }

    @Test
    void aTitleOfTwoFieldsIsOneOfficeAndNoOtherFieldsOffice() {
        AnnotatedDocument doc = resolve("""
                Transport and Communications Minister Ola Berg said on Monday that fares would not rise this year.
                At the same meeting, the foreign minister said the border talks would resume in March.
                """);

        assertSpeaker(statement(doc, "fares would not rise this year"), "Ola Berg", "Transport and Communications Minister",
                SpeakerKind.PERSON);
        assertEquals("the foreign minister", statement(doc, "the border talks would resume in March").speaker);
    }

    @Test
    void aHeadlinesBareTitleIsNoOneGivenTheTitleOfAnotherField() {
        AnnotatedDocument doc = resolve("""
                Ferry fares to stay frozen — transport minister
                Transport Minister Ola Berg said on Monday that fares would not rise this year.
                Related news
                Border talks to resume in March — foreign minister
                """);

        assertEquals("Ola Berg", statement(doc, "Ferry fares to stay frozen").speaker);
        assertEquals("foreign minister", statement(doc, "Border talks to resume in March").speaker);
    }

    @Test
    void followOnQuoteTakesTheResolvedSpeaker() {
        AnnotatedDocument doc = resolve("""
                Transport Minister Ingrid Holm said the port would reopen.
                "We have reached a fair deal," Holm told reporters. "Nobody lost face."
                """);

        // One person, one role: the title given in the first sentence.
        assertSpeaker(statement(doc, "\"Nobody lost face.\""), "Ingrid Holm", "Transport Minister", SpeakerKind.PERSON);
    }

    @Test
    void speakerKinds() {
        AnnotatedDocument doc = resolve("""
                The navy said the frigate was damaged.
                The report said the convoys had been shelled.
                A source said the draft was ready.
                Several aid groups said they had pulled out staff.
                Ingrid Holm said the port would reopen.
                """);

        assertEquals(SpeakerKind.ORGANIZATION, statement(doc, "the frigate was damaged").kind);
        assertEquals(SpeakerKind.DOCUMENT, statement(doc, "the convoys had been shelled").kind);
        assertEquals(SpeakerKind.ANONYMOUS, statement(doc, "the draft was ready").kind);
        assertEquals(SpeakerKind.GROUP, statement(doc, "they had pulled out staff").kind);
        assertEquals(SpeakerKind.PERSON, statement(doc, "the port would reopen").kind);
    }

    @Test
    void headlineOrganisationKeepsItsName() {
        AnnotatedDocument doc = resolve("Ceasefire talks have stalled — Interior ministry\nEnvoys left Geneva.");

        assertSpeaker(statement(doc, "Ceasefire talks have stalled"), "Interior ministry", "",
                SpeakerKind.ORGANIZATION);
    }

    @Test
    void headlineOrganisationAfterAHyphenIsNoTitle() {
        AnnotatedDocument doc = resolve("Rail fares will rise in April - Department of Health\nBrandt said fares rise.");

        assertSpeaker(statement(doc, "Rail fares will rise in April"), "Department of Health", "",
                SpeakerKind.ORGANIZATION);
    }

    @Test
    void descriptionBeforeTheNameInAnAside() {
        AnnotatedDocument doc = resolve("""
                The mayor, Lena Brandt, said the buses would stay free.
                The spokesman for the United Nations Relief Agency, Marco Ruiz, said aid convoys were blocked.
                """);

        assertSpeaker(statement(doc, "the buses would stay free"), "Lena Brandt", "mayor", SpeakerKind.PERSON);
        assertSpeaker(statement(doc, "aid convoys were blocked"), "Marco Ruiz",
                "spokesman for the United Nations Relief Agency", SpeakerKind.PERSON);
    }

    @Test
    void pronounsReferToGroupsAndOrganisations() {
        AnnotatedDocument doc = resolve("""
                Opposition lawmakers said the government had failed. They accused the cabinet of secrecy.
                The navy said the frigate was damaged. It later said two sailors were hurt.
                """);

        assertSpeaker(statement(doc, "the cabinet of secrecy"), "Opposition lawmakers", "", SpeakerKind.GROUP);
        assertSpeaker(statement(doc, "two sailors were hurt"), "The navy", "", SpeakerKind.ORGANIZATION);
    }

    @Test
    void descriptionsWithTheirOwnRoleDoNotBorrowAnEarlierName() {
        AnnotatedDocument doc = resolve("""
                Eva Lund said the tunnel was safe.
                The coast guard said the wreck was found.
                Brandt’s deputy said the count was wrong.
                """);

        assertSpeaker(statement(doc, "the wreck was found"), "The coast guard", "", SpeakerKind.ORGANIZATION);
        assertEquals("Brandt’s deputy", statement(doc, "the count was wrong").speaker);
        assertEquals("", statement(doc, "the tunnel was safe").role);
    }

    @Test
    void sentenceInitialGroupAndSourceWordsAreNoNames() {
        AnnotatedDocument doc = resolve("""
                Residents said they were relieved.
                Sources said the vote would be delayed.
                A source familiar with the talks said the draft was ready.
                """);

        assertEquals(SpeakerKind.GROUP, statement(doc, "they were relieved").kind);
        assertEquals(SpeakerKind.ANONYMOUS, statement(doc, "the vote would be delayed").kind);
        assertSpeaker(statement(doc, "the draft was ready"), "A source familiar with the talks", "",
                SpeakerKind.ANONYMOUS);
    }

    @Test
    void allBulletsOfOneLeadInHaveOneSpeaker() {
        AnnotatedDocument doc = resolve("""
                Health Minister Tomas Vik visited the clinic.
                The minister explained the terms of the deal:
                • Wages rise by four percent
                • Night shifts will be limited:
                – to two a week
                – with a day off after each
                """);

        assertEquals(List.of("Tomas Vik | Wages rise by four percent | explained | indirect",
                "Tomas Vik | Night shifts will be limited: | explained | indirect",
                "Tomas Vik | to two a week | explained | indirect",
                "Tomas Vik | with a day off after each | explained | indirect"), statements(doc));
    }

    @Test
    void indefiniteDescriptionsIntroduceSomeoneNew() {
        AnnotatedDocument doc = resolve("""
                "We got the pay rise," Vogel said.
                The port operator said it had agreed to the increase.
                A senior official at the operator, speaking on condition of anonymity, said ships were rerouted.
                """);

        assertEquals("The port operator", statement(doc, "it had agreed to the increase").speaker);
        assertEquals("A senior official at the operator", statement(doc, "ships were rerouted").speaker);
    }

    @Test
    void ministryInTheTitleIsNoName() {
        AnnotatedDocument doc = resolve("""
                The Minister of Sanitation and Water Resources, Amara Osei, met the water authorities.
                The minister stressed:
                - every district must publish its schedule
                """);

        assertSpeaker(statement(doc, "every district must publish its schedule"), "Amara Osei",
                "Minister of Sanitation and Water Resources", SpeakerKind.PERSON);
    }

    @Test
    void anOrganisationSpeaksThroughItsStatement() {
        AnnotatedDocument doc = resolve("Gazprom’s report said exports fell.");

        assertSpeaker(statement(doc, "exports fell"), "Gazprom", "", SpeakerKind.ORGANIZATION);
    }

    @Test
    void possessorBeforeANameIsNoPartOfIt() {
        AnnotatedDocument doc = resolve("Norway's Lang says taxes will fall\nChancellor Ida Lang said the cut was ready.");

        assertEquals("Ida Lang", statement(doc, "taxes will fall").speaker);
    }

    @Test
    void titleWithAnOfPhraseBeforeAName() {
        AnnotatedDocument doc = resolve("""
                Secretary of State Marco Rubio spoke today with his Indonesian counterpart.
                The Secretary underscored the importance of the partnership.
                """);

        assertSpeaker(statement(doc, "the importance of the partnership"), "Marco Rubio", "Secretary of State",
                SpeakerKind.PERSON);
    }

    @Test
    void pronounFollowsThePersonTheTextTurnedTo() {
        AnnotatedDocument doc = resolve("""
                "We will not cut jobs," Mayor Lucia Ferrante told the council.
                Council member Raj Patel was sceptical. "I have heard this before," he said.
                """);

        assertEquals("Raj Patel", statement(doc, "\"I have heard this before,\"").speaker);
    }

    @Test
    void headlineTitleFoundFurtherDown() {
        AnnotatedDocument doc = resolve("""
                Mayor says budget gap will close
                By Jane Doe
                March 4, 2026
                Mayor Lucia Ferrante said on Tuesday that the gap would close.
                """);

        assertEquals("Lucia Ferrante", statement(doc, "budget gap will close").speaker);
    }

    @Test
    void reportedStatementIsNestedWithItsReporter() {
        AnnotatedDocument doc = resolve("""
                Lind told Berg the talks were useful, Kremlin aide says
                Kremlin aide Tom Vik said the call lasted an hour.
                """);

        Attribution outer = statement(doc, "Lind told Berg the talks were useful");
        assertEquals("Tom Vik", outer.speaker);
        Attribution inner = statement(doc, "Berg the talks were useful");
        assertEquals(true, inner.nested);
        assertEquals("Tom Vik", inner.via);
    }

    @Test
    void twoJoinedNamesAreNoFullerNameOfEither() {
        AnnotatedDocument doc = resolve("""
                Tom Clarke, a nursing home owner, bought the mine.
                Analysts compared Reed and Clarke on Monday.
                Mr. Clarke said the deal helped his plan.
                """);

        assertEquals("Tom Clarke", statement(doc, "the deal helped his plan").speaker);
    }

    @Test
    void theStatementBelongsToWhoeverIssuedIt() {
        AnnotatedDocument doc = resolve("""
                Oil prices fall as output rises - sources
                The energy ministry said in a statement it remained committed to stability. The statement added that decisions would come soon.
                """);

        assertEquals("it remained committed to stability", Pipeline.contents(doc).get(1));
        assertEquals("The energy ministry", statement(doc, "decisions would come soon").speaker);
    }

    @Test
    void everyStatementOfOnePersonCarriesTheFullestRole() {
        AnnotatedDocument doc = resolve("""
                Kremlin aide Yury Ushakov said the talks were useful.
                Ushakov added that a new round was planned.
                "We are ready," he said.
                """);

        for (String content : List.of("the talks were useful", "a new round was planned", "\"We are ready,\"")) {
            assertSpeaker(statement(doc, content), "Yury Ushakov", "Kremlin aide", SpeakerKind.PERSON);
        }
    }

    @Test
    void roleGivenWithTheNameOutsideAnyStatementIsUsed() {
        AnnotatedDocument doc = resolve("""
                Lena Brandt, the city's mayor, opened the depot on Monday.
                Brandt said the buses would stay free.
                """);

        assertSpeaker(statement(doc, "the buses would stay free"), "Lena Brandt", "city's mayor", SpeakerKind.PERSON);
    }

    @Test
    void anAgedRoleIsTheSpeakerGivenThatRoleInApposition() {
        // Four paragraphs and another titled speaker apart: only the role given after the name links them.
        AnnotatedDocument doc = resolve("""
                Ostby rowing club takes regional cup

                Tilde Aarvik, the crew's cox, said she had called the sprint early on purpose.

                "We had nothing left to lose," Aarvik said.

                The regatta's umpire, Gunnar Sele, said the race was fair.

                Head coach Lars Fjell said the crew would train through the winter.

                The 15-year-old cox said the crew now hoped to race at the national championships.
                """);

        assertEquals("Tilde Aarvik", statement(doc, "the crew now hoped to race at the national championships").speaker);
    }
}
