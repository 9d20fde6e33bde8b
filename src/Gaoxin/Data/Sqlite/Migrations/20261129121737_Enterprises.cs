using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Enterprises : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CultivationTargets",
                columns: table => new
                {
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CultivationTargets", x => new { x.ZoneId, x.Year, x.Kind });
                    table.ForeignKey(
                        name: "FK_CultivationTargets_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Enterprises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Chain = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AutoIndustry = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    NicheSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsSampleData = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enterprises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enterprises_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InnovationStatistics",
                columns: table => new
                {
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    RdToGdpPercent = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: true),
                    TechContractTurnoverFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InnovationStatistics", x => new { x.ZoneId, x.Year });
                    table.ForeignKey(
                        name: "FK_InnovationStatistics_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EnterpriseAccounts",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseAccounts", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_EnterpriseAccounts_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EnterpriseAccounts_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EnterpriseAccounts_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnterpriseYears",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Staff = table.Column<int>(type: "INTEGER", nullable: false),
                    ScienceStaff = table.Column<int>(type: "INTEGER", nullable: false),
                    RevenueFen = table.Column<long>(type: "INTEGER", nullable: false),
                    MainBusinessRevenueFen = table.Column<long>(type: "INTEGER", nullable: false),
                    HighTechIncomeFen = table.Column<long>(type: "INTEGER", nullable: false),
                    RdExpenseFen = table.Column<long>(type: "INTEGER", nullable: false),
                    RdInChinaFen = table.Column<long>(type: "INTEGER", nullable: false),
                    AssetsFen = table.Column<long>(type: "INTEGER", nullable: false),
                    TaxFen = table.Column<long>(type: "INTEGER", nullable: false),
                    OutputFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ExportsFen = table.Column<long>(type: "INTEGER", nullable: false),
                    OutwardSupplyFen = table.Column<long>(type: "INTEGER", nullable: false),
                    InventionPatents = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherClassOneIp = table.Column<int>(type: "INTEGER", nullable: false),
                    UtilityModels = table.Column<int>(type: "INTEGER", nullable: false),
                    DesignPatents = table.Column<int>(type: "INTEGER", nullable: false),
                    SoftwareCopyrights = table.Column<int>(type: "INTEGER", nullable: false),
                    InnovationScore = table.Column<int>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnterpriseYears_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FiguresRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Values = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FiguresRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FiguresRevisions_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Qualifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    GrantedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsSampleData = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Qualifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Qualifications_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseAccounts_EnterpriseId",
                table: "EnterpriseAccounts",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseAccounts_ZoneId",
                table: "EnterpriseAccounts",
                column: "ZoneId");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_ZoneId_CreditCode",
                table: "Enterprises",
                columns: new[] { "ZoneId", "CreditCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_ZoneId_Name",
                table: "Enterprises",
                columns: new[] { "ZoneId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseYears_EnterpriseId_Year",
                table: "EnterpriseYears",
                columns: new[] { "EnterpriseId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseYears_ZoneId_Year",
                table: "EnterpriseYears",
                columns: new[] { "ZoneId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_FiguresRevisions_EnterpriseId_Year_At",
                table: "FiguresRevisions",
                columns: new[] { "EnterpriseId", "Year", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Qualifications_EnterpriseId",
                table: "Qualifications",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Qualifications_ZoneId_Kind_ExpiresOn",
                table: "Qualifications",
                columns: new[] { "ZoneId", "Kind", "ExpiresOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CultivationTargets");

            migrationBuilder.DropTable(
                name: "EnterpriseAccounts");

            migrationBuilder.DropTable(
                name: "EnterpriseYears");

            migrationBuilder.DropTable(
                name: "FiguresRevisions");

            migrationBuilder.DropTable(
                name: "InnovationStatistics");

            migrationBuilder.DropTable(
                name: "Qualifications");

            migrationBuilder.DropTable(
                name: "Enterprises");
        }
    }
}
