import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    bom_json: {
                        table: 'sys_module'
                        id: '76f56a8124b64754bb59f150efceef03'
                    }
                    'cc-api-url': {
                        table: 'sys_properties'
                        id: '56f30bff739f4c91aa00fb4844d33d45'
                    }
                    features: {
                        table: 'sys_properties'
                        id: '67b4231fa0754322b26995b6bccbc37a'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '788933f09b2a4479a87eab748c93ac38'
                    }
                }
            }
        }
    }
}
