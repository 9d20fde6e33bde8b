using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Incentives : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FundYears",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    FundId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    BudgetFen = table.Column<long>(type: "bigint", nullable: false),
                    CommittedFen = table.Column<long>(type: "bigint", nullable: false),
                    PaidFen = table.Column<long>(type: "bigint", nullable: false),
                    PolicyIds = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundYears_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicyItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Section = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Document = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Beneficiaries = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Conditions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AmountText = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Procedure = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TimeLimit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WhereToApply = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    RuleId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    IsSampleData = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyItems_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicyRuleRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Yaml = table.Column<string>(type: "character varying(64000)", maxLength: 64000, nullable: false),
                    TestsYaml = table.Column<string>(type: "character varying(64000)", maxLength: 64000, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyRuleRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyRuleRevisions_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Grants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    PolicyItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    RuleVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    InputsJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    ExplanationZh = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ExplanationEn = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Origin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FundYearId = table.Column<Guid>(type: "uuid", nullable: true),
                    NoticeUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Grants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Grants_FundYears_FundYearId",
                        column: x => x.FundYearId,
                        principalTable: "FundYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Grants_PolicyItems_PolicyItemId",
                        column: x => x.PolicyItemId,
                        principalTable: "PolicyItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Grants_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GrantSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    GrantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrantSteps_Grants_GrantId",
                        column: x => x.GrantId,
                        principalTable: "Grants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FundYears_ZoneId_FundId_Year",
                table: "FundYears",
                columns: new[] { "ZoneId", "FundId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Grants_FundYearId",
                table: "Grants",
                column: "FundYearId");

            migrationBuilder.CreateIndex(
                name: "IX_Grants_PolicyItemId",
                table: "Grants",
                column: "PolicyItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Grants_ZoneId_PolicyItemId_Period",
                table: "Grants",
                columns: new[] { "ZoneId", "PolicyItemId", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_Grants_ZoneId_Status",
                table: "Grants",
                columns: new[] { "ZoneId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantSteps_GrantId",
                table: "GrantSteps",
                column: "GrantId");

            migrationBuilder.CreateIndex(
                name: "IX_GrantSteps_ZoneId_GrantId",
                table: "GrantSteps",
                columns: new[] { "ZoneId", "GrantId" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyItems_ZoneId_RuleId",
                table: "PolicyItems",
                columns: new[] { "ZoneId", "RuleId" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyItems_ZoneId_Section",
                table: "PolicyItems",
                columns: new[] { "ZoneId", "Section" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyRuleRevisions_ZoneId_RuleId_Revision",
                table: "PolicyRuleRevisions",
                columns: new[] { "ZoneId", "RuleId", "Revision" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GrantSteps");

            migrationBuilder.DropTable(
                name: "PolicyRuleRevisions");

            migrationBuilder.DropTable(
                name: "Grants");

            migrationBuilder.DropTable(
                name: "FundYears");

            migrationBuilder.DropTable(
                name: "PolicyItems");
        }
    }
}
