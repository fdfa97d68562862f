namespace StaticPlans.Diagnostics;

/// <summary>
/// Every diagnostic code in one place, so the README's table and the code cannot drift apart.
/// SP00xx site.yml, SP01xx front matter, SP02xx Markdown content and links, SP03xx themes, SP04xx output.
/// </summary>
public static class DiagnosticCodes
{
    public const string SiteConfigMissing = "SP0001";
    public const string SiteConfigSyntax = "SP0002";
    public const string SiteConfigInvalid = "SP0003";
    public const string SiteConfigFieldType = "SP0004";
    public const string SiteConfigUnknownKey = "SP0005";
    public const string TopicDuplicate = "SP0006";
    public const string FooterInvalid = "SP0030";
    public const string FooterUnknownKey = "SP0031";
    public const string FooterBadgeNotLocal = "SP0032";

    public const string FrontMatterMissing = "SP0101";
    public const string FrontMatterUnterminated = "SP0102";
    public const string FrontMatterSyntax = "SP0103";
    public const string RequiredFieldMissing = "SP0104";
    public const string YearInvalid = "SP0105";
    public const string DateInvalid = "SP0106";
    public const string KindUnknown = "SP0107";
    public const string TopicUnknown = "SP0108";
    public const string DuplicateUrl = "SP0109";
    public const string SlugUnsafe = "SP0110";
    public const string NotUtf8 = "SP0111";
    public const string FieldType = "SP0112";
    public const string UnknownKey = "SP0113";
    public const string DateYearMismatch = "SP0114";
    public const string FolderYearMismatch = "SP0116";
    public const string PlanFileIgnored = "SP0117";
    public const string ImportPlaceholder = "SP0130";
    public const string AttachmentMissing = "SP0160";
    public const string AttachmentUnsafe = "SP0161";
    public const string UpdatedInvalid = "SP0162";
    public const string UpdatedBeforeDate = "SP0163";
    public const string LanguageInvalid = "SP0164";

    // Input files (Loading/SiteInputs.cs): only the site's own regular files are read.
    public const string InputLinkOutside = "SP0150";
    public const string InputNotRegular = "SP0151";
    public const string InputLinkBroken = "SP0152";
    public const string InputTooLarge = "SP0153";
    public const string InputLinkToFolder = "SP0154";
    public const string InputUnreadable = "SP0155";

    public const string BrokenLink = "SP0201";
    public const string MissingImage = "SP0202";
    public const string BrokenAnchor = "SP0203";
    public const string NoTopic = "SP0204";
    public const string NumberingSkip = "SP0205";
    public const string NumberingLevel = "SP0206";
    public const string EmptySection = "SP0207";
    public const string UnsafeUrl = "SP0210";
    public const string AttributeDropped = "SP0211";
    public const string NestingTooDeep = "SP0212";
    public const string ControlCharacter = "SP0213";

    public const string TemplateSyntax = "SP0301";
    public const string TemplateRuntime = "SP0302";
    public const string TemplateMissing = "SP0303";
    public const string StringsInvalid = "SP0304";
    public const string StringsValueType = "SP0305";
    public const string StringsUnknownKey = "SP0306";
    public const string StringsPlaceholder = "SP0307";

    public const string OutputUnsafe = "SP0401";
    public const string OutputFailed = "SP0402";
    public const string OutputNotOurs = "SP0403";
    public const string PreviewRebuildFailed = "SP0420";
}
