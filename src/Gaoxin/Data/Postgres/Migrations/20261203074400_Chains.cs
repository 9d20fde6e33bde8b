using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Chains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Chains",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ChiefName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ChiefUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    MemberUnits = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    WeakWithoutLeader = table.Column<bool>(type: "boolean", nullable: false),
                    WeakBelowSharePercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    IsSampleData = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Chains", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Chains_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChainLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChainId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Upstream = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    KeyProducts = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChainLinks_Chains_ChainId",
                        column: x => x.ChainId,
                        principalTable: "Chains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChainPlacements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChainId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainPlacements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChainPlacements_ChainLinks_LinkId",
                        column: x => x.LinkId,
                        principalTable: "ChainLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChainPlacements_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChainPlacements_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvestmentTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChainId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Candidates = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LeadProjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    IsSampleData = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestmentTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestmentTargets_ChainLinks_LinkId",
                        column: x => x.LinkId,
                        principalTable: "ChainLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InvestmentTargets_Projects_LeadProjectId",
                        column: x => x.LeadProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChainLinks_ChainId",
                table: "ChainLinks",
                column: "ChainId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainLinks_ZoneId_ChainId_Code",
                table: "ChainLinks",
                columns: new[] { "ZoneId", "ChainId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChainPlacements_EnterpriseId",
                table: "ChainPlacements",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainPlacements_LinkId_EnterpriseId",
                table: "ChainPlacements",
                columns: new[] { "LinkId", "EnterpriseId" },
                unique: true,
                filter: "\"EnterpriseId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ChainPlacements_LinkId_ProjectId",
                table: "ChainPlacements",
                columns: new[] { "LinkId", "ProjectId" },
                unique: true,
                filter: "\"ProjectId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ChainPlacements_ProjectId",
                table: "ChainPlacements",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainPlacements_ZoneId_ChainId_LinkId",
                table: "ChainPlacements",
                columns: new[] { "ZoneId", "ChainId", "LinkId" });

            migrationBuilder.CreateIndex(
                name: "IX_Chains_ZoneId_Code",
                table: "Chains",
                columns: new[] { "ZoneId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentTargets_LeadProjectId",
                table: "InvestmentTargets",
                column: "LeadProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentTargets_LinkId",
                table: "InvestmentTargets",
                column: "LinkId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentTargets_ZoneId_ChainId_Status",
                table: "InvestmentTargets",
                columns: new[] { "ZoneId", "ChainId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChainPlacements");

            migrationBuilder.DropTable(
                name: "InvestmentTargets");

            migrationBuilder.DropTable(
                name: "ChainLinks");

            migrationBuilder.DropTable(
                name: "Chains");
        }
    }
}
