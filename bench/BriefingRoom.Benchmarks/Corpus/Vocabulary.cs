namespace BriefingRoom.Benchmarks.Corpus;

/// <summary>The generator's own words: invented places, outlets and phrasing, so no published transcript is copied.</summary>
internal static class Vocabulary
{
    public static readonly string[] Topics =
    [
        "Harbor Security in the Northern Straits", "the Lowland Water Compact", "Grain Corridors and Shipping Insurance",
        "the Coastal Energy Partnership", "Satellite Spectrum Talks", "the Upland Ceasefire Framework",
        "Supply Chains for Battery Minerals", "the Island Nations Climate Fund",
    ];

    public static readonly string[] Places =
    [
        "Veldmark", "the Serran Republic", "Ostrava Bay", "the Calder Isles", "Norvanya", "the Talun Basin",
        "Port Amsel", "the Redwater Provinces", "Kestova", "the Southern Reach",
    ];

    public static readonly string[] Outlets =
    [
        "the Harbor Ledger", "Tri-County Wire", "Meridian Radio", "the Capitol Dispatch", "Northline News",
        "the Evening Sentinel", "Atlas Broadcasting", "the Policy Desk", "Riverside Public Media", "the Morning Courier",
    ];

    public static readonly string[] Reporters =
    [
        "Dana", "Priya", "Marcus", "Ines", "Tomasz", "Keiko", "Rafael", "Amara", "Lukas", "Noor", "Owen", "Sasha",
    ];

    public static readonly string[] Subjects =
    [
        "we", "the administration", "our partners", "the working group", "the negotiating team", "the allies",
        "our delegation", "the ministers", "the envoys", "both governments", "the technical experts", "the coalition",
    ];

    public static readonly string[] Verbs =
    [
        "have been reviewing", "will continue to press on", "are prepared to discuss", "remain focused on",
        "intend to raise", "have made clear our views on", "are watching closely", "expect to finalize",
        "will not accept any change to", "have spent months coordinating on", "are ready to support",
        "want to be transparent about",
    ];

    public static readonly string[] Objects =
    [
        "the inspection schedule", "the shipping lanes", "a verification mechanism", "the timeline for talks",
        "the reconstruction fund", "export licensing", "the humanitarian corridor", "the maritime boundary",
        "the sanctions relief sequence", "a joint monitoring team", "the border crossings", "the pipeline agreement",
        "the confidence-building measures", "data sharing on early warning",
    ];

    public static readonly string[] Clauses =
    [
        "and I think that is an important point to underline", "as I mentioned at the top",
        "in close consultation with our partners in the region", "over the next several weeks",
        "which has been a priority since the spring", "because that is the region\u2019s first concern", "even as the situation on the ground changes",
        "without getting ahead of the conversations", "consistent with what we have said publicly",
        "and we will have more to say on that soon", "building on the progress from last month",
    ];

    public static readonly string[] Openers =
    [
        "Look,", "So,", "Well,", "And again,", "Frankly,", "To be clear,", "On that point,", "At the same time,",
        "Just to add,", "Let me be direct:", "I\u2019d say,", "That\u2019s right, and",
    ];

    public static readonly string[] Questions =
    [
        "Can you say whether", "Could you walk us through how", "Is it fair to say that", "How confident are you that",
        "What happens if", "Can you give us a sense of whether", "Would you rule out that",
    ];

    public static readonly string[] Notes = ["(inaudible)", "(laughter)", "(crosstalk)"];
}
