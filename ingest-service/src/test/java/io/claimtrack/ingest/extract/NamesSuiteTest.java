package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's names and descriptions on invented stories, through the whole extractor: role synonyms, names
 * that are not what a longer capitalised run says, and descriptions linked to the person they describe.
 * With {@link ResolutionSuiteTest} and {@link WrongEntitySuiteTest}, one story per class.
 */
class NamesSuiteTest {

    /**
     * Class 1: a description may use another word for the title the text gave the name: "the forward" for a
     * striker, "the coach" for a manager, "the prosecutor" for a district attorney.
     */
    @Test
    void aDescriptionMayUseASynonymOfTheTitle() {
        AnnotatedDocument doc = extract("""
                Rovers win the derby

                Striker Tom Ekberg scored twice on Saturday.

                The forward said the team had played well.

                Manager Ann Lind was pleased. The coach said the result was deserved.

                District Attorney Maria Costa filed charges against the club's former owner in March.

                The prosecutor said the evidence was strong.
                """);

        assertSpeaker(doc, "the team had played well", "Tom Ekberg");
        assertSpeaker(doc, "the result was deserved", "Ann Lind");
        assertSpeaker(doc, "the evidence was strong", "Maria Costa");
        assertEquals("District Attorney", statement(doc, "the evidence was strong").role);
    }

    /** Class 5: a country is named in full; "Mexico" is not the "Mexico City" the text also names. */
    @Test
    void aCountryIsNotExpandedToALongerPlaceName() {
        AnnotatedDocument doc = extract("""
                Trade talks resume

                Mexico said on Monday that it wanted a new deal. The talks will be held in Mexico City next month.

                Mexico said it would not accept new tariffs.
                """);

        assertSpeaker(doc, "it would not accept new tariffs", "Mexico");
        assertEquals(SpeakerKind.ORGANIZATION, statement(doc, "it would not accept new tariffs").kind);
    }

    /**
     * Class 5: a word capitalised only because it opens the headline ("Hold") or a sentence ("Neither") is no
     * part of the name after it; a first word the text never drops stays ("Anna Maria Berg").
     */
    @Test
    void aWordThatOpensAHeadlineIsNoPartOfTheNameAfterIt() {
        AnnotatedDocument doc = extract("""
                Hold Melania Trump to her word, readers write

                Melania Trump gave the speech on Monday.

                Everything Trump says is checked, one reader wrote.

                Neither Petter Holm nor his staff came to the meeting. Holm said the harbour fees were too high.

                Anna Maria Berg chairs the board. Berg said the fees would stay.
                """);

        assertSpeaker(doc, "is checked", "Melania Trump");
        assertSpeaker(doc, "the harbour fees were too high", "Petter Holm");
        assertSpeaker(doc, "the fees would stay", "Anna Maria Berg");
    }

    /**
     * Class 1: a definite description whose title the text gives no one ("the senator", "the Kentucky
     * Republican") is the person whose name opens the last sentence that opens with a name, when nothing
     * contradicts it: not another gender, not another spelled-out office ("Mayor Bill Lind" is no "Republican
     * presidential candidate"), not a role held for someone else ("the spokesman"). A party label fits any office.
     */
    @Test
    void aDescriptionWithoutTitledHolderIsThePersonJustNamed() {
        AnnotatedDocument doc = extract("""
                Senate panel backs the bank bill

                Elizabeth Warren, a Democrat from Massachusetts, voted against the bill on Tuesday.

                The senator said the bill would help the big banks.

                Senate Majority Leader Mitch Holm is criticizing President Ann Dahl as a weak leader.

                In a statement, the Kentucky Republican on Tuesday said the budget was reckless.

                Governor Tom Ekberg met voters in Ohio on Monday.

                The spokeswoman said the rally was a success. The spokesman said the governor would run again.

                Mayor Bill Lind closed the unit in April.

                "It was a waste of money," the Republican presidential candidate said.
                """);

        assertSpeaker(doc, "the bill would help the big banks", "Elizabeth Warren");
        assertSpeaker(doc, "the budget was reckless", "Mitch Holm");
        assertSpeaker(doc, "the rally was a success", "The spokeswoman");
        assertSpeaker(doc, "the governor would run again", "The spokesman");
        assertSpeaker(doc, "\"It was a waste of money,\"", "the Republican presidential candidate");
    }

    /** Class 5: "Bill" before a surname is a first name, not the document noun: "Mayor Bill Lind" is a person. */
    @Test
    void aFirstNameThatIsAlsoADocumentNounNamesAPerson() {
        AnnotatedDocument doc = extract("""
                Police unit to close

                Mayor Bill Lind said the unit had cost too much. The mayor said the police agreed.
                """);

        assertEquals(SpeakerKind.PERSON, statement(doc, "the unit had cost too much").kind);
        assertSpeaker(doc, "the police agreed", "Bill Lind");
    }

    /**
     * Class 5: an honorific's gender beats first names on both gender lists ("Bill", "Hillary"): the pronouns
     * that follow each full name in its sentence show whose it is, so "Mrs. Clinton" is Hillary Clinton although
     * the text names Bill Clinton more often, and "Mr. Clinton" is Bill Clinton.
     */
    @Test
    void anHonorificPicksThePersonWhosePronounsShowItsGender() {
        AnnotatedDocument doc = extract("""
                Clintons campaign in Ohio

                Bill Clinton said he would visit the plant. Hillary Clinton said she wanted the plant reopened. \
                Bill Clinton toured Cleveland on Friday, and Bill Clinton's old allies came along.

                Mrs. Clinton said the plant would reopen. Mr. Clinton said the workers deserved better.
                """);

        assertSpeaker(doc, "the plant would reopen", "Hillary Clinton");
        assertSpeaker(doc, "the workers deserved better", "Bill Clinton");
    }

    /**
     * Class 5: parties and armed groups named in one word ("Hamas", "Hezbollah", "Labour", "the Taliban") are
     * organisations, as outlets and ministries are, never people.
     */
    @Test
    void partiesAndArmedGroupsAreOrganisations() {
        AnnotatedDocument doc = extract("""
                Ceasefire talks stall

                Hamas said the talks had failed. The Taliban said the offer was rejected. Hezbollah said it \
                would respond. Labour said the deal was weak. Interfax reported that the talks would resume. \
                The Justice Ministry said the case was closed.
                """);

        for (String content : List.of("the talks had failed", "the offer was rejected", "it would respond",
                "the deal was weak", "the talks would resume", "the case was closed")) {
            assertEquals(SpeakerKind.ORGANIZATION, statement(doc, content).kind, content);
        }
        assertSpeaker(doc, "the offer was rejected", "Taliban");
    }

    /**
     * Classes 1 and 6: a headline's descriptor ("— Kremlin aide", "Russian envoy says") is the person the lede
     * names, and every statement of one person carries the fullest role the document gives them.
     */
    @Test
    void aHeadlineDescriptorIsTheLedesPersonWithOneRoleThroughout() {
        AnnotatedDocument doc = extract("""
                Sanctions will not work — Kremlin aide

                Yuri Ushakov, an aide to the Russian president, told reporters on Monday that the sanctions would \
                not work.

                "We have seen this before," Ushakov said. Kremlin aide Yuri Ushakov later added that talks were possible.
                """);

        for (String content : List.of("Sanctions will not work", "the sanctions would not work",
                "\"We have seen this before,\"", "talks were possible")) {
            assertSpeaker(doc, content, "Yuri Ushakov");
            assertEquals("aide to the Russian president", statement(doc, content).role, content);
        }
    }

    /**
     * Class 5: a country's possessive before an office ("Norway's NATO envoy") is the role, not a name
     * "Norway's NATO"; the description alone resolves to the person the text gives that role.
     */
    @Test
    void aCountrysOfficeIsARoleNotAName() {
        AnnotatedDocument doc = extract("""
                Talks on grain corridor stall

                Norway's NATO envoy said on Monday that the talks had stalled.

                Kari Dahl, Norway's NATO envoy, said later that a new round was planned.
                """);

        for (String content : List.of("the talks had stalled", "a new round was planned")) {
            assertSpeaker(doc, content, "Kari Dahl");
            assertEquals("Norway's NATO envoy", statement(doc, content).role, content);
            assertEquals(SpeakerKind.PERSON, statement(doc, content).kind, content);
        }
    }
}
