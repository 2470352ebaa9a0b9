package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-third round: "The sides", "Both leaders", "The two Prime Ministers", "The heads of state" in the
 * story of a meeting or call of two people its opening names speak as both of them, their names joined by "and" in
 * the order the opening names them (the guideline's "canonical name" for a group whose members the document names).
 * An unnamed or open group, a third participant, a story that is no meeting, or a group in what someone else says
 * keeps the mention.
 */
class JointSidesTest {

    private static final String TALKS = """
            Talks with Prime Minister of Vestria Ines Carrow

            12 March 2026 | Press releases

            On 12 March, President of Norland Ola Brenvik held talks in Sollby with Prime Minister of the Republic of \
            Vestria Ines Carrow, who is in Norland on an official visit.

            Ola Brenvik noted that trade between the two countries had grown by a fifth last year.

            The sides agreed to open a ferry line between Sollby and Kerrin in the spring.

            Both leaders expressed concern over the rising number of incidents in the Pellin Strait.

            The President and the Prime Minister agreed that the joint commission should meet twice a year.
            """;

    @Test
    void theSidesOfATalkAreTheTwoPeopleItsLedeNames() {
        AnnotatedDocument doc = extract(TALKS);
        assertSpeaker(doc, "to open a ferry line between Sollby and Kerrin in the spring", "Ola Brenvik and Ines Carrow");
        assertSpeaker(doc, "over the rising number of incidents in the Pellin Strait", "Ola Brenvik and Ines Carrow");
    }

    @Test
    void twoOfficesJoinedAreTheTwoHolders() {
        assertSpeaker(extract(TALKS), "the joint commission should meet twice a year", "Ola Brenvik and Ines Carrow");
    }

    /** The heading names only the guest; the lede names both, host first. */
    @Test
    void theOrderIsTheLedes() {
        AnnotatedDocument doc = extract("""
                Telephone conversation with President of Arvia Ruben Sollen

                President of Norland Ola Brenvik had a telephone conversation with President of Arvia Ruben Sollen.

                The heads of state noted with satisfaction the growth of mutual trade in the first half of the year.

                The two Presidents agreed to instruct their governments to prepare a programme of joint flood defences.
                """);
        assertSpeaker(doc, "the growth of mutual trade in the first half of the year", "Ola Brenvik and Ruben Sollen");
        assertSpeaker(doc, "to instruct their governments to prepare a programme of joint flood defences", "Ola Brenvik and Ruben Sollen");
    }

    /** A heading that says who met whom is the opening when the lede under it names no one. */
    @Test
    void aHeadingThatNamesBothOpensTheStory() {
        assertSpeaker(extract("""
                Prime Minister Tova Lindqvist held talks with President of Arvia Ruben Sollen
                4 May 2026
                The talks took place in Sollby and were followed by a joint press conference.
                During the talks, the leaders agreed on a plan to rebuild the Kerrin bridge by the end of next year.
                """), "a plan to rebuild the Kerrin bridge by the end of next year", "Tova Lindqvist and Ruben Sollen");
    }

    @Test
    void aWireStorysTwoSidesAreTheTwoWhoMet() {
        assertSpeaker(extract("""
                SOLLBY, May 4 (Nordwire) -- Norlandic Foreign Minister Ola Brenvik held talks with visiting Vestrian \
                Foreign Minister Ines Carrow here on Monday, with both sides pledging to deepen cooperation in fisheries.
                """), "to deepen cooperation in fisheries", "Ola Brenvik and Ines Carrow");
    }

    /** A third person at the table: "the sides" are no pair the text names. */
    @Test
    void aMeetingOfThreeKeepsTheMention() {
        assertSpeaker(extract("""
                President of Norland Ola Brenvik held talks with Prime Minister of Vestria Ines Carrow and President of \
                Arvia Ruben Sollen in Sollby on Monday.

                The sides agreed to hold the next summit in Kerrin in the autumn.
                """), "to hold the next summit in Kerrin in the autumn", "The sides");
    }

    /** Not every story that opens with two people is a meeting of theirs. */
    @Test
    void twoPeopleWhoDidNotMeetKeepTheMention() {
        assertSpeaker(extract("""
                Senator Ada Mossberg criticised Governor Karl Heintzen on Tuesday over the delayed budget.

                Both sides said the talks on the budget would resume on Friday.
                """), "the talks on the budget would resume on Friday", "Both sides");
    }

    /** "The delegations" names no two people, though the lede does. */
    @Test
    void anOpenGroupKeepsTheMention() {
        assertSpeaker(extract("""
                President of Norland Ola Brenvik held talks with Prime Minister of Vestria Ines Carrow in Sollby.

                The delegations agreed to meet again in Kerrin in June.
                """), "to meet again in Kerrin in June", "The delegations");
    }

    /** What someone reports the sides agreed is theirs to say who the sides are: often the states, not the two people. */
    @Test
    void aGroupInWhatSomeoneSaysKeepsTheMention() {
        AnnotatedDocument doc = extract("""
                SOLLBY, May 4 (Nordwire) -- Norlandic President Ola Brenvik held talks with his Vestrian counterpart \
                Ines Carrow on Monday, with the two sides pledging to deepen cooperation in transport.

                Vestrian Deputy Prime Minister Hanna Lodeby told reporters that the two sides had agreed in principle to \
                cut ferry fares by 10 percent from July.
                """);
        assertSpeaker(doc, "to deepen cooperation in transport", "Ola Brenvik and Ines Carrow");
        assertSpeaker(doc, "in principle to cut ferry fares by 10 percent from July", "the two sides");
    }

    private static final String JOINT_STATEMENT = """
            Joint Statement of the Ministers of Foreign Affairs of the Republic of Norland and the Republic of Vestria

            Sollby, 14 May 2026

            At the invitation of the Minister of Foreign Affairs of the Republic of Norland, Ola Brenvik, the Minister of \
            Foreign Affairs of the Republic of Vestria, Ines Carrow, paid an official visit to Norland on 13-14 May 2026. \
            Following their talks, the Ministers adopted the following Joint Statement.

            1. The Ministers reaffirmed their commitment to the treaty on the Pellin Strait.

            2. Both Ministers stressed that the rising number of incidents at sea must be stopped.

            3. The Vestrian side reaffirmed its support for the candidacy of Norland for the chair of the Baltic Council.
            """;

    /** A joint statement's lede names its two authors and a visit after them, with no meeting word between. */
    @Test
    void theMinistersOfAJointStatementAreTheTwoItsLedeNames() {
        AnnotatedDocument doc = extract(JOINT_STATEMENT);
        assertSpeaker(doc, "their commitment to the treaty on the Pellin Strait", "Ola Brenvik and Ines Carrow");
        assertSpeaker(doc, "the rising number of incidents at sea must be stopped", "Ola Brenvik and Ines Carrow");
    }

    /** One side of a joint statement is that side's minister: the one whose title names the side's state. */
    @Test
    void oneSideOfAJointStatementIsItsMinister() {
        assertSpeaker(extract(JOINT_STATEMENT), "its support for the candidacy of Norland for the chair of the Baltic Council",
                "Ines Carrow");
    }

    /** A side whose state neither title names keeps the mention. */
    @Test
    void aSideNoTitleNamesKeepsTheMention() {
        assertSpeaker(extract(JOINT_STATEMENT.replace("The Vestrian side", "The Arvian side")),
                "its support for the candidacy of Norland for the chair of the Baltic Council", "The Arvian side");
    }

    /** Two people named in a sentence about something else than a meeting of theirs. */
    @Test
    void twoPeopleNamedWithAVisitOfAThirdKeepTheMention() {
        assertSpeaker(extract("""
                Senator Ada Mossberg criticised Governor Karl Heintzen on Tuesday over the cost of the royal visit.

                Both sides said the talks on the budget would resume on Friday.
                """), "the talks on the budget would resume on Friday", "Both sides");
    }

    /**
     * Issue 10, thirty-eighth round (the lead's convention): a readout's "Vestrian side" is the one who led it, as in a
     * joint statement.
     */
    @Test
    void aReadoutsSideIsTheOneWhoLedIt() {
        assertSpeaker(extract(TALKS + "\nThe Vestrian side proposed a joint fund for the repair of the Kerrin port.\n"),
                "a joint fund for the repair of the Kerrin port", "Ines Carrow");
    }

    /** Round 56: "The Vestrian delegation" with no one named as leading it is the one who led that side, as "The Vestrian side". */
    @Test
    void aReadoutsDelegationIsTheOneWhoLedIt() {
        AnnotatedDocument doc = extract(TALKS + "\nThe Vestrian delegation reaffirmed its support for the joint survey of the Pellin Strait.\n");
        assertSpeaker(doc, "its support for the joint survey of the Pellin Strait", "Ines Carrow");
    }

    /** Round 56: "co-chaired" a commission's meeting, and "The co-chairs agreed to" act: the two ministers' statement. */
    @Test
    void whatTheCoChairsAgreedToDoIsTheTwoMinisters() {
        AnnotatedDocument doc = extract("""
                The Minister of Health of Varnia, Ida Quell-Moss, and the Minister of Labour of Tessany, Omar Brightwick, \
                co-chaired the third meeting of the Joint Commission on Clinics in Harlo on 3 May.

                The co-chairs agreed to open a training centre for midwives in Harlo in 2030.
                """);
        assertSpeaker(doc, "to open a training centre for midwives in Harlo in 2030", "Ida Quell-Moss and Omar Brightwick");
    }

    /**
     * A readout names its own leader without a title, its guest with one of another state: the host's side is the
     * host's. A hall the talks were held in is no one who met.
     */
    @Test
    void theUntitledHostLedTheReadoutsOwnSide() {
        AnnotatedDocument doc = extract("""
                Talks with Prime Minister of Vestria Ines Carrow

                Ola Brenvik held talks in the Amber Hall of the Sollby Palace with Prime Minister of the Republic of \
                Vestria Ines Carrow, who is in Norland on an official visit.

                The two leaders agreed to open a ferry line between Sollby and Kerrin in the spring.

                The Norlandic side proposed a joint fund for the repair of the Kerrin port.
                """);
        assertSpeaker(doc, "to open a ferry line between Sollby and Kerrin in the spring", "Ola Brenvik and Ines Carrow");
        assertSpeaker(doc, "a joint fund for the repair of the Kerrin port", "Ola Brenvik");
    }

    /** An ambassador's title names the state he is sent to after "to": his side is the one before it. */
    @Test
    void anAmbassadorsSideIsNotTheStateHeIsSentTo() {
        AnnotatedDocument doc = extract("""
                Ola Brenvik received the Ambassador of Tarnland to Norland, Hugo Veldman, at his request.

                The Norlandic side expects the detained sailors to be released without delay.

                The Tarnish side promised to examine the case within a week.
                """);
        assertSpeaker(doc, "the detained sailors to be released without delay", "Ola Brenvik");
        assertSpeaker(doc, "to examine the case within a week", "Hugo Veldman");
    }

    /**
     * Issue 10, thirty-sixth round: a minister who "received" a guest met that guest, a titled and bracketed one too;
     * the guest joins the sides by name, without the honorific (thirty-seventh round, as the sets' golds give it).
     */
    @Test
    void aGuestReceivedIsMet() {
        assertSpeaker(extract("""
                Minister of Fisheries receives ORA Regional Director

                Minister of Fisheries Tomasz Orvell on Thursday received the Regional Director of the Ostmark Reef \
                Alliance (ORA), Dr. Signe Hallvard, who is in the country on a working visit.

                The sides agreed to survey the coral banks off Kerrin together next spring.
                """), "to survey the coral banks off Kerrin together next spring", "Tomasz Orvell and Signe Hallvard");
    }

    private static final String TWO_CALLS = """
            Foreign Minister holds talks in Sollby

            Foreign Minister Ola Brenvik held talks in Sollby on Monday with his Vestrian counterpart Ines Carrow.

            The ministers agreed to open a consulate in Kerrin next year.

            On Tuesday, Brenvik held a telephone conversation with the Minister of Foreign Affairs of Arvia, Ruben \
            Sollen. The ministers agreed to hold consultations on fishing quotas in the autumn.
            """;

    /** Issue 10, thirty-sixth round: a later paragraph's own call gives its group the two people of that call. */
    @Test
    void aLaterCallsGroupIsTheTwoOfThatCall() {
        assertSpeaker(extract(TWO_CALLS), "to hold consultations on fishing quotas in the autumn", "Ola Brenvik and Ruben Sollen");
    }

    /** The opening's group elsewhere stays the opening's pair. */
    @Test
    void theOpeningsGroupOutsideTheLaterCallStaysTheOpenings() {
        assertSpeaker(extract(TWO_CALLS), "to open a consulate in Kerrin next year", "Ola Brenvik and Ines Carrow");
    }

    private static final String PRESIDENTS = """
            Joint Statement of the President of the Republic of Norland and the President of the Republic of Vestria

            At the invitation of the President of the Republic of Vestria Ines Carrow, the President of the Republic of \
            Norland Ola Brenvik paid a state visit to Vestria on 3-4 March 2026.

            1. The Parties welcomed the opening of the ferry line between Sollby and Kerrin.

            2. The Norlandic side stressed the importance of completing the Pellin bridge by 2028.

            3. The two countries agreed to deepen cooperation in fisheries and energy.
            """;

    /** Issue 10, thirty-sixth round: a joint statement's "Parties" are its two signers, as its "sides" are. */
    @Test
    void theJointStatementsPartiesAreItsSigners() {
        assertSpeaker(extract(PRESIDENTS), "the opening of the ferry line between Sollby and Kerrin", "Ines Carrow and Ola Brenvik");
    }

    /** "Norlandic" of "Norland": an adjective the usual endings do not make still names one side's state. */
    @Test
    void aSideByAnAdjectiveOfItsOwnIsItsSigner() {
        assertSpeaker(extract(PRESIDENTS), "the importance of completing the Pellin bridge by 2028", "Ola Brenvik");
    }

    /** "The two countries" of two presidents' joint statement are the states the two offices name. */
    @Test
    void theTwoCountriesOfTwoPresidentsAreTheirStates() {
        assertSpeaker(extract(PRESIDENTS), "to deepen cooperation in fisheries and energy", "Norland and Vestria");
    }

    /**
     * Issue 10, thirty-eighth round: two ministers named as one subject, each with a title in apposition, who "held the
     * fifth meeting of the Joint Commission ... in Port Alder": the name after the meeting word is where, not whom they
     * met; the commission's "co-chairs" are the two as well.
     */
    private static final String COMMISSION = """
            Joint Press Release on the Fifth Meeting of the Marlow-Tessin Joint Commission on Fisheries

            1. On 14-15 March 2027, the Minister of Agriculture of the Republic of Marlovia, Oskar Venhaal, and the Minister \
            of Maritime Affairs of the Kingdom of Tessinor, Ilse Brandvoll, held the fifth meeting of the Joint Commission on \
            Fisheries in Port Alder.

            2. The Ministers noted with satisfaction that the herring quotas had been respected by both fleets.

            3. They confirmed the importance of the scientific survey.

            4. Both sides underlined that illegal fishing remains a threat to the stocks of the northern banks.

            5. The co-chairs agreed that the expert group would meet again in September.
            """;

    @Test
    void twoTitledMinistersWhoHeldACommissionsMeetingSpeakAsBoth() {
        AnnotatedDocument doc = extract(COMMISSION);
        assertSpeaker(doc, "the herring quotas had been respected by both fleets", "Oskar Venhaal and Ilse Brandvoll");
        assertSpeaker(doc, "the importance of the scientific survey", "Oskar Venhaal and Ilse Brandvoll");
        assertSpeaker(doc, "illegal fishing remains a threat to the stocks of the northern banks", "Oskar Venhaal and Ilse Brandvoll");
    }

    @Test
    void theCoChairsOfACommissionAreItsTwoMinisters() {
        assertSpeaker(extract(COMMISSION), "the expert group would meet again in September", "Oskar Venhaal and Ilse Brandvoll");
    }

    /** Two who met with a third are no meeting of two: their "sides" keep the mention. */
    @Test
    void aPairThatMetWithAThirdIsNoMeetingOfTwo() {
        AnnotatedDocument doc = extract("""
                Ministers meet port operators

                On 2 May, Minister of Agriculture Oskar Venhaal and Minister of Transport Ilse Brandvoll met with the \
                chairman of the Port Alder Authority, Jonas Mirrow, in Kessa.

                The sides agreed to review the harbour fees before the winter.
                """);
        assertSpeaker(doc, "to review the harbour fees before the winter", "The sides");
    }

    /** Two ministers who signed a convention as one subject met to sign it: "the Ministers" and a side are theirs. */
    @Test
    void twoWhoSignedATreatyTogetherAreItsSides() {
        AnnotatedDocument doc = extract("""
                Kelmar and Ostrelia sign Convention on the Vardo Lakes

                On 3 March, in the town of Pirnes, Minister of Foreign Affairs of the Republic of Kelmar Aino Halvard and \
                Minister of Foreign Affairs of the Kingdom of Ostrelia Radu Vintila signed the Convention on the Fisheries of \
                the Vardo Lakes.

                In their speeches at the ceremony, the Ministers noted that the Convention ended a long dispute over quotas.

                The Ostrelia side expressed readiness to host the first meeting of the Lakes Council in the spring.
                """);
        assertSpeaker(doc, "the Convention ended a long dispute over quotas", "Aino Halvard and Radu Vintila");
        assertSpeaker(doc, "readiness to host the first meeting of the Lakes Council in the spring", "Radu Vintila");
    }

    /** One who signed a decree naming another met no one: the group keeps its mention. */
    @Test
    void aDecreeSignedNamingAnotherIsNoMeeting() {
        assertSpeaker(extract("""
                President Ivar Lindqvist signed a decree on Monday appointing Mara Oskarsen as envoy to the lake talks.

                Both sides said the talks on the quotas would resume in June.
                """), "the talks on the quotas would resume in June", "Both sides");
    }

    /** Round 55: "The heads of the delegations" of a meeting of two are the two. */
    @Test
    void theHeadsOfTheDelegationsAreTheTwo() {
        assertSpeaker(extract(TALKS + "\nThe heads of the delegations noted the importance of the new grain terminal in Kerrin.\n"),
                "the importance of the new grain terminal in Kerrin", "Ola Brenvik and Ines Carrow");
    }

    /** Round 55: a "They" after a sentence that opens with the group of the meeting's two is the two. */
    @Test
    void theyAfterTheSidesIsTheTwo() {
        assertSpeaker(extract(TALKS + "\nThe sides discussed fishing quotas and the Kerrin lighthouse. They noted the good work of the "
                + "coast guards of both countries.\n"), "the good work of the coast guards of both countries", "Ola Brenvik and Ines Carrow");
    }

    /** No meeting of two: the "They" after "The sides" stays the group. */
    @Test
    void theyAfterTheSidesOfNoMeetingStaysTheGroup() {
        assertSpeaker(extract("""
                Fishing row drags on

                The sides discussed fishing quotas in Kerrin on Monday. They noted that the lighthouse would stay shut \
                until May.
                """), "the lighthouse would stay shut until May", "sides");
    }

    /**
     * Round 58: "The delegations" of talks whose opening names the head of each delegation are those two, in a lead-in
     * over bullets and in prose ({@link #anOpenGroupKeepsTheMention}: with no heads named they stay the group).
     */
    @Test
    void theDelegationsOfTalksWhoseHeadsTheOpeningNamesAreTheTwo() {
        AnnotatedDocument doc = extract("""
                Ministry of Fisheries of the Republic of Quellmar

                Second round of consultations on the Tervik Bank fishing zone
                Ostrand, 4 March 2041

                The second round of consultations between the Republic of Quellmar and the Kingdom of Sarvenland on the \
                Tervik Bank fishing zone took place in Ostrand on 2-4 March. The Quellmarian delegation was led by Deputy \
                Minister of Fisheries Halvard Brenne-Osei, the Sarvenlandic delegation by Ambassador Maren Tollak-Ibe.

                The delegations stressed:
                - the need to protect the spawning grounds of the cod stock;
                - that the catch data of both coast guards shall be shared monthly.

                The delegations agreed to meet again in Sarven in October.
                """);
        assertSpeaker(doc, "the need to protect the spawning grounds of the cod stock", "Halvard Brenne-Osei and Maren Tollak-Ibe");
        assertSpeaker(doc, "to meet again in Sarven in October", "Halvard Brenne-Osei and Maren Tollak-Ibe");
    }

    /**
     * Round 59: a day's calls of one leader, each under a heading that names the one called: "The two leaders", "The
     * leaders" in a section are the lede's leader and that section's; a group under any other heading keeps its mention.
     */
    @Test
    void eachCallsSectionIsItsOwnPair() {
        AnnotatedDocument doc = extract("""
                Press Service of the Prime Minister of Vallemar

                Calls of the Prime Minister, 4 May 2043

                During the day, Prime Minister of Vallemar Ingrid Solheim-Achebe held telephone conversations with the leaders of three countries.

                1. Call with Chancellor of Ostrevia Lena Marquardt-Obi

                Lena Marquardt-Obi thanked Ingrid Solheim-Achebe for the aid sent after the storm.

                The two leaders agreed to open a joint flood centre on the Drava.

                2. Call with President of Vaskia Pavo Renn-Aksu

                The leaders agreed to reopen the rail crossing at Drosk.

                Regional news

                The two leaders agreed to hold a summit in the autumn.
                """);
        assertSpeaker(doc, "to open a joint flood centre on the Drava", "Ingrid Solheim-Achebe and Lena Marquardt-Obi");
        assertSpeaker(doc, "to reopen the rail crossing at Drosk", "Ingrid Solheim-Achebe and Pavo Renn-Aksu");
        assertSpeaker(doc, "to hold a summit in the autumn", "The two leaders");
    }
}
