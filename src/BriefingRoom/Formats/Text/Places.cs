using System.Collections.Frozen;

namespace BriefingRoom.Formats.Text;

/// <summary>
/// Recognises a place as datelines print it: a city and its state or country ("Genoa, Italy",
/// "Rehoboth Beach, Delaware", "Arlington, Va.", "Washington, D.C.").
/// </summary>
public static class Places
{
    private const int MaxPlaceWords = 5;

    // US states and territories, their postal and press abbreviations, and the world's countries.
    private static readonly FrozenSet<string> Regions = FrozenSet.ToFrozenSet(
        [
            "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
            "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
            "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
            "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
            "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
            "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico", "Guam",
            "D.C.", "DC", "D.C", "District of Columbia", "U.S. Virgin Islands", "American Samoa",
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
            "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
            "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR",
            "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Kans.", "Ky.",
            "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nebr.", "Nev.", "N.H.", "N.J.", "N.M.",
            "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.", "Vt.", "Va.", "Wash.",
            "W.Va.", "W. Va.", "Wis.", "Wisc.", "Wyo.",
            "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
            "Australia", "Austria", "Azerbaijan", "Bahamas", "The Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus",
            "Belgium", "Belize", "Benin", "Bermuda", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Bosnia-Herzegovina",
            "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burma", "Burundi", "Cabo Verde", "Cape Verde",
            "Cambodia", "Cameroon", "Canada", "Central African Republic", "Chad", "Chile", "China", "Colombia", "Comoros",
            "Congo", "Costa Rica", "Cote d'Ivoire", "Côte d'Ivoire", "Croatia", "Cuba", "Cyprus", "Czech Republic",
            "Czechia", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt", "El Salvador",
            "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia",
            "The Gambia", "Germany", "Ghana", "Greece", "Greenland", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau",
            "Guyana", "Haiti", "Honduras", "Hong Kong", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland",
            "Northern Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Korea",
            "Republic of Korea", "South Korea", "North Korea", "Kosovo", "Kuwait", "Kyrgyzstan", "Kyrgyz Republic", "Laos",
            "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Macedonia",
            "North Macedonia", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands",
            "Mauritania", "Mauritius", "Mexico", "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco",
            "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "The Netherlands", "New Zealand",
            "Nicaragua", "Niger", "Nigeria", "Norway", "Oman", "Pakistan", "Palau", "Panama", "Papua New Guinea", "Paraguay",
            "Peru", "Philippines", "The Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia",
            "Russian Federation", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines",
            "Samoa", "San Marino", "Saudi Arabia", "Scotland", "Senegal", "Serbia", "Seychelles", "Sierra Leone",
            "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia", "South Africa", "South Sudan", "Spain",
            "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania",
            "Thailand", "Timor-Leste", "East Timor", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkey", "Türkiye",
            "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates", "UAE", "United Kingdom", "U.K.", "UK",
            "England", "Wales", "Great Britain", "Uruguay", "Uzbekistan", "Vanuatu", "Vatican City", "Holy See",
            "Venezuela", "Vietnam", "Viet Nam", "Yemen", "Zambia", "Zimbabwe", "West Bank", "Gaza", "Yugoslavia",
            "Soviet Union", "USSR",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a state or country as datelines print it, abbreviations included ("Va.", "Calif.").</summary>
    public static bool IsRegion(string word) => Regions.Contains(word);

    /// <summary>True for a line that is a place and its state or country: a few capitalised words, a comma, a region.</summary>
    public static bool IsCityAndRegion(string line)
    {
        var comma = line.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0 || line.Length > 80)
        {
            return false;
        }
        var region = line[(comma + 1)..].Trim();
        // "Filing Center, Genoa, Italy" and "Bagram Air Base, Parwan, Afghanistan": the region is the last part.
        var last = region.LastIndexOf(',');
        var lastPart = last < 0 ? region : region[(last + 1)..].Trim();
        return Regions.Contains(lastPart) && IsPlaceName(line[..comma]) && (last < 0 || IsPlaceName(region[..last]));
    }

    /// <summary>A short run of capitalised words, with the small words place names carry ("Port of Spain", "Bandar Seri Begawan").</summary>
    private static bool IsPlaceName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length is 0 or > MaxPlaceWords || !char.IsUpper(words[0][0]))
        {
            return false;
        }
        return words.All(w => char.IsUpper(w[0]) || char.IsAsciiDigit(w[0]) || w is "of" or "the" or "de" or "du" or "la" or "el" or "am" or "upon" or "on");
    }
}
