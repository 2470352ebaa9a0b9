package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's error classes on invented multi-paragraph news stories, run through the whole extractor: each
 * statement's resolved speaker (and kind or role where the class is about them). The held-out sets cannot be
 * measured here; these stories stand for them, one per error class.
 */
class ResolutionSuiteTest {

    /** {@code head}, then {@code paragraphs} paragraphs that name no one, then {@code tail}: a title far above. */
    private static String withFillerBetween(String head, int paragraphs, String tail) {
        String filler = "Polls opened early in the county and queues were long at every school gym in the district.\n\n";
        return head + filler.repeat(paragraphs) + tail;
    }

    /** Class 2: pronouns across subheads, past names in what is said, dates and places. */
    @Test
    void pronounsKeepToThePersonTheStoryIsAbout() {
        AnnotatedDocument doc = extract("""
                Harbour town weighs new ferry link

                Mayor Greta Lind opened the meeting on Tuesday with a warning about costs. She said the town could \
                not pay for a second pier.

                Council member Omar Haddad was more hopeful. He said the regional fund would cover most of the bill.

                Lind says the inspector's claims about former harbour inspector Maria Nyholm are wrong. She says the \
                survey was done twice.

                Lind, speaking to reporters, warned against buyers from Norway, Denmark and North Macedonia. She \
                also said the tender would close in May.

                What comes next

                She said the council would vote in June.
                """);

        assertSpeaker(doc, "the town could not pay for a second pier", "Greta Lind");
        assertSpeaker(doc, "the regional fund would cover most of the bill", "Omar Haddad");
        // Maria Nyholm is talked about in Lind's statement; she is not who speaks next.
        assertSpeaker(doc, "the survey was done twice", "Greta Lind");
        // Places are no "she"; the month a tender closes is no "she" either.
        assertSpeaker(doc, "the tender would close in May", "Greta Lind");
        // A subhead does not end the story.
        assertSpeaker(doc, "the council would vote in June", "Greta Lind");
    }

    /** Class 2: someone reported inside another's statement is no "he" unless the gender says so. */
    @Test
    void aBodyReportedInsideAStatementIsNoAntecedent() {
        AnnotatedDocument doc = extract("""
                Ferry operator Nils Berg is unhappy with the inquiry. He notes that the Commission on Harbour Safety \
                announced on Friday that there was a fault with the ramp.

                He says the ramp was inspected in March.
                """);

        Attribution body = statement(doc, "there was a fault with the ramp");
        assertEquals("Commission on Harbour Safety", body.speaker);
        assertEquals(SpeakerKind.ORGANIZATION, body.kind);
        assertSpeaker(doc, "the ramp was inspected in March", "Nils Berg");
    }

    /** Class 5: countries and states speak as organisations; "the country" and "it" are the place named. */
    @Test
    void countriesAreOrganisationsAndTheCountryIsThePlaceNamed() {
        AnnotatedDocument doc = extract("""
                Observers to monitor the vote

                Norway said on Monday that it would send observers to the election. The country said the team \
                would arrive within a week.

                Finance Minister Aksel Dahl visited the capital. He said the aid would be paid in two parts.
                """);

        Attribution norway = statement(doc, "it would send observers to the election");
        assertEquals("Norway", norway.speaker);
        assertEquals(SpeakerKind.ORGANIZATION, norway.kind);
        assertSpeaker(doc, "the team would arrive within a week", "Norway");
        assertSpeaker(doc, "the aid would be paid in two parts", "Aksel Dahl");
    }

    /** Class 5: a middle initial inside a titled name, and the title kept as the role. */
    @Test
    void aTitledNameWithAMiddleInitial() {
        AnnotatedDocument doc = extract("""
                Secretary of State John F. Kerrigan said the region needed help. He said aid would follow.
                """);

        Attribution a = statement(doc, "the region needed help");
        assertEquals("John F. Kerrigan", a.speaker);
        assertEquals("Secretary of State", a.role);
        assertSpeaker(doc, "aid would follow", "John F. Kerrigan");
    }

    /** Class 2: a surname as the subject the text turned to, and its gender from the fullest name. */
    @Test
    void aSurnameSubjectAndItsGenderComeFromTheFullName() {
        AnnotatedDocument doc = extract("""
                Ready for Berg: the ferry chief's long night

                Ferry operator Nils Berg arrived at the hearing at noon. Berg said the boats were safe.

                Council member Omar Haddad said the fund was empty.

                Berg has little support among farmers. He recently told them that the boats would run all winter.

                Senator Ruth Warren questioned bank chief Karl Stumpf on Tuesday. "You should resign," Warren told \
                Stumpf, after he admitted that no executive had been fired.
                """);

        // A headline title ending in the surname is no fuller name of the person.
        assertSpeaker(doc, "the boats were safe", "Nils Berg");
        assertSpeaker(doc, "the fund was empty", "Omar Haddad");
        // "Berg has ...": the person the text turned to since Haddad spoke.
        assertSpeaker(doc, "the boats would run all winter", "Nils Berg");
        // "Warren" alone reads as a man's first name; Ruth Warren is a woman, so "he" is Stumpf.
        assertSpeaker(doc, "no executive had been fired", "Karl Stumpf");
    }

    /** Class 1: a role given in a main clause, either way round, links a later description. */
    @Test
    void aRoleGivenInAMainClauseLinksTheDescription() {
        AnnotatedDocument doc = extract("""
                Ministry says grain deal is close

                The ministry's spokeswoman is Irena Vasko. She has held the post since 2021.

                Talks resumed in Vienna on Monday. The spokeswoman said the grain deal was close.

                Tomas Brenner is the union's chief negotiator. Farmers met him in Linz.

                The negotiator said the price was still too low.
                """);

        assertSpeaker(doc, "the grain deal was close", "Irena Vasko");
        assertEquals("ministry's spokeswoman", statement(doc, "the grain deal was close").role);
        assertSpeaker(doc, "the price was still too low", "Tomas Brenner");
    }

    /**
     * Class 1: a description with a party or place ("the Republican presidential nominee") is the one person the
     * document gives that title, however far up; "vice" makes another office.
     */
    @Test
    void aQualifiedDescriptionIsThePersonGivenThatTitleAnywhere() {
        // Enough unrelated paragraphs that the title is far above the description.
        AnnotatedDocument doc = extract(withFillerBetween("""
                Campaign trail, live updates

                Republican presidential nominee Dale Hurst spoke in Ohio. Centrist vice presidential nominee Ruth \
                Amsel spoke in Iowa, where she met farmers.

                """, 12, """
                The Republican presidential nominee said his campaign had raised more than expected.

                The Centrist nominee said the debate would be decisive.

                The GOP nominee said the polls were wrong.
                """));

        assertSpeaker(doc, "his campaign had raised more than expected", "Dale Hurst");
        // Ruth Amsel is the vice presidential nominee, not "the Centrist nominee".
        assertSpeaker(doc, "the debate would be decisive", "The Centrist nominee");
        // "GOP" is the Republican party.
        assertSpeaker(doc, "the polls were wrong", "Dale Hurst");
    }

    /**
     * Class 5 and 6: a title word after an honorific or a first name is a surname ("Mr. King" is Larry King, not
     * whoever holds a royal title), and an honorific or a phrase cut at a preposition is no role.
     */
    @Test
    void aTitleWordAfterAnHonorificOrFirstNameIsASurname() {
        AnnotatedDocument doc = extract("""
                Talk show hosts defend network

                Larry King and Ed Schultz are both on the air this week. Both Mr. King and Mr. Schultz say the \
                management has never told them what to say.

                "They pay us a lot of money," Mr. King said.

                Mayor Greta Lind opened the meeting. "The ferry will run," she said.

                Ferry operator Nils Berg is describing as "reckless" a remark by Lind attacking his company.
                """);

        Attribution king = statement(doc, "\"They pay us a lot of money,\"");
        assertEquals("Larry King", king.speaker);
        assertEquals("", king.role);
        Attribution lind = statement(doc, "\"The ferry will run,\"");
        assertEquals("Greta Lind", lind.speaker);
        assertEquals("Mayor", lind.role);
    }

    /**
     * Class 4: a speaker after the quotation, with a party and state in brackets, an aside or a place of origin,
     * is still the quotation's speaker; "Del." is a title and ends no sentence.
     */
    @Test
    void aSpeakerAfterTheQuotationWithBracketsAndPlaceOfOrigin() {
        AnnotatedDocument doc = extract("""
                Panel votes on contempt

                "If the agency wanted anyone else's laptops, they'd just go get them," Rep. Jim Ortega (R-Tex.), an \
                oversight panel member, said in a phone interview.

                "This is a waste of time," said Del. Stacey Marsh of the Virgin Islands.

                "Romney was prepared," Sen. Claire Dunmore (D-Mo.) said.

                Del Shannon said the song was old.
                """);

        assertSpeaker(doc, "\"If the agency wanted anyone else's laptops, they'd just go get them,\"", "Jim Ortega");
        Attribution marsh = statement(doc, "\"This is a waste of time,\"");
        assertEquals("Stacey Marsh", marsh.speaker);
        assertEquals("Del.", marsh.role);
        Attribution dunmore = statement(doc, "\"Romney was prepared,\"");
        assertEquals("Claire Dunmore", dunmore.speaker);
        assertEquals("Sen.", dunmore.role);
        // Without its period "Del" is a first name.
        assertSpeaker(doc, "the song was old", "Del Shannon");
    }

    /** Class 3: word runs that name no one are no speakers, while "some" may speak alone. */
    @Test
    void wordRunsThatNameNoOneAreNoSpeakers() {
        AnnotatedDocument doc = extract("""
                Port strike enters second week

                Trade unions said the government had ignored them, with some pointing to polls, including ones \
                showing support for the strike.

                Some say the port will close.
                """);

        assertEquals(List.of("Trade unions", "some", "Some"), doc.attributions.stream().map(a -> a.speaker).toList());
        for (String phrase : List.of("sponsored by Harbour News and", "compared to 11% of", "Following a",
                "and encourage voters")) {
            assertNull(mention("The forum was " + phrase + " the week.", phrase), phrase);
        }
        assertEquals("Some", mention("Some say the port will close.", "Some").text());
    }

    /** The mention the noun-phrase rules build over exactly {@code phrase} in {@code text}, or null. */
    private static Mention mention(String text, String phrase) {
        AnnotatedDocument doc = Pipeline.through(PhraseStage.class, text);
        int start = text.indexOf(phrase);
        int from = -1;
        int to = -1;
        for (int i = 0; i < doc.tokens.size(); i++) {
            if (doc.tokens.get(i).start() == start) {
                from = i;
            }
            if (doc.tokens.get(i).end() == start + phrase.length()) {
                to = i + 1;
            }
        }
        return doc.mentions.build(from, to);
    }

    /**
     * Class 2: a pronoun after a description takes the name the description resolves to, and "some" (several
     * people) is never a "he".
     */
    @Test
    void aPronounFollowsItsDescriptionToTheNameAndSkipsGroups() {
        AnnotatedDocument doc = extract(withFillerBetween("""
                Campaign trail, live updates

                Republican presidential nominee Dale Hurst spoke in Ohio on Monday.

                """, 18, """
                The Republican presidential nominee noted that his campaign had spent little on ads. He said the money \
                would go to field offices.

                Some say the race is close. He said the polls were wrong.
                """));

        assertSpeaker(doc, "the money would go to field offices", "Dale Hurst");
        assertEquals(SpeakerKind.GROUP, statement(doc, "the race is close").kind);
        assertSpeaker(doc, "the polls were wrong", "Dale Hurst");
    }

    /** Class 3: an indefinite document ("a poll", "exit polls") is a new source, not the headline's "Poll". */
    @Test
    void anIndefiniteDocumentIsANewSource() {
        AnnotatedDocument doc = extract("""
                Poll: voters split on ferry link

                A Harbour News poll found that voters were split on the ferry link.

                According to exit polls, the mayor had a clear lead.
                """);

        assertSpeaker(doc, "voters were split on the ferry link", "A Harbour News poll");
        assertSpeaker(doc, "the mayor had a clear lead", "exit polls");
    }

    /** Class 1: a title the text gives someone for another place does not keep a description from the person just named. */
    @Test
    void aGovernorOfAnotherStateDoesNotHoldTheDescriptionsTitle() {
        AnnotatedDocument doc = extract("""
                Montana Governor Lee Voss opened the summit on Monday with a speech on water rights.

                Tom Harlan spoke after him. The Ohio governor said that the plant would reopen in May.
                """);

        assertSpeaker(doc, "the plant would reopen in May", "Tom Harlan");
    }

    /** Class 2: an op-ed writer's "I" in the narration is the writer, never the person the column is about. */
    @Test
    void aColumnistsFirstPersonIsNotThePersonNamedBefore() {
        AnnotatedDocument doc = extract("""
                The mayor's budget does not add up

                Mayor Greta Lind said on Monday that the new pier would pay for itself within five years.

                If, as I've suggested, the pier never pays for itself, the council will have to raise the fees.

                "We will not raise the harbour fees," Lind said.
                """);

        assertSpeaker(doc, "the pier never pays for itself, the council will have to raise the fees", "I");
        assertSpeaker(doc, "the new pier would pay for itself within five years", "Greta Lind");
        // Inside a quotation "we" is the speaker's, not the writer's.
        assertSpeaker(doc, "\"We will not raise the harbour fees,\"", "Greta Lind");
    }

    /** Class 2: a first name the older lists put on both sides ("Hillary", "Donald" on neither) shows the gender. */
    @Test
    void aPronounTakesThePersonWhoseFirstNameShowsItsGender() {
        AnnotatedDocument doc = extract("""
                Peter Voss met councillor Hillary Strand at the town hall on Monday. She said the budget for the \
                ferry was short by a third.
                """);
        AnnotatedDocument other = extract("""
                Maria Holm met harbour master Donald Reyes on Monday. He said the pier could wait a year.
                """);

        assertSpeaker(doc, "the budget for the ferry was short by a third", "Hillary Strand");
        assertSpeaker(other, "the pier could wait a year", "Donald Reyes");
    }

    /** Class 2: a person named after a preposition, in apposition to someone's relation or as a modifier is no "she". */
    @Test
    void aPersonNamedInPassingDoesNotTakeTheSpeakersPronoun() {
        AnnotatedDocument doc = extract("""
                Prosecutor Nora Vik spoke at length after the ruling. "We will appeal," Vik said.

                Her critics compare her to Maria Holm. She said the appeal would be filed in May.

                Vik once worked for his wife, council candidate Ingrid Dahl. She said the court had erred.

                Vik denied ties to the Dahl campaign. She said she had never met Ms. Dahl's staff.
                """);

        assertSpeaker(doc, "the appeal would be filed in May", "Nora Vik");
        assertSpeaker(doc, "the court had erred", "Nora Vik");
        assertSpeaker(doc, "she had never met Ms. Dahl's staff", "Nora Vik");
    }
}
