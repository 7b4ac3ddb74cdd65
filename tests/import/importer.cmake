stockshift_add_test(tst_csvimporter SOURCES tst_csvimporter.cpp LIBS Stockshift::Core Qt6::Sql)
stockshift_add_test(tst_mappingprofile SOURCES tst_mappingprofile.cpp LIBS Stockshift::Core)
stockshift_add_test(tst_sapsample SOURCES tst_sapsample.cpp LIBS Stockshift::Core Qt6::Sql)
